/**
 * Validation of answers against a form definition. Pure: the caller passes what it knows of the world (the
 * application's uploaded attachments). Drafts are saved whatever their issues; sending refuses while any
 * remain. A field hidden by `visibleWhen` is neither required nor checked, and is dropped from a sent version.
 */
import { X509Certificate } from 'node:crypto';
import { parseXRoadClient } from '../access/index.js';
import { isBusinessId } from '../accounts/business-id.js';
import { parseHetu } from '../register/hetu.js';
import { getMunicipality } from '../register/reference/index.js';
import { isInterfaceDataGroup } from './data-groups.js';
import type {
  Condition,
  Field,
  FormDefinition,
  Section,
  TextFormat,
  ValidationIssue,
} from './forms/types.js';
import { onlyGeneralLaws } from './general-laws.js';
import type { Content } from './model.js';

export interface ValidationContext {
  /** The application's uploaded (not removed) form attachments: attachment id → the field it was uploaded to. */
  attachments: ReadonlyMap<string, string>;
}

export interface ValidateOptions {
  /**
   * Leave `confirm` fields unchecked: under the intermediary model the supplier sends the answers to the
   * customer, whose main user accepts the terms by approving.
   */
  skipConfirm?: boolean;
}

/** Limits a form does not state itself. */
export const LIMITS = {
  text: 500,
  textarea: 4000,
  legalBasis: 2000,
  justification: 2000,
  groupLegalBasis: 500,
  email: 254,
  hetuListLines: 100_000,
  /** A long list of wrong lines is reported by its first few. */
  hetuIssues: 20,
} as const;

type Scope = Record<string, unknown>;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function conditionHolds(condition: Condition, scope: Scope): boolean {
  const value = scope[condition.field];
  const wanted = condition.equals;
  return Array.isArray(wanted) ? wanted.includes(value as string | boolean) : value === wanted;
}

/**
 * Which fields of one scope (the form's top level, or one repeat item) are shown: a field is shown when its
 * section is, its condition holds, and the field its condition reads is itself shown.
 */
function visibility(
  fields: readonly { field: Field; section?: Section }[],
  scope: Scope,
): (field: Field) => boolean {
  const byId = new Map(fields.map((f) => [f.field.id, f]));
  const memo = new Map<string, boolean>();
  const visible = (id: string, depth: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const entry = byId.get(id);
    // A condition on an unknown field, or a cycle, hides the field rather than looping.
    if (!entry || depth > fields.length) return false;
    const conditions = [entry.section?.visibleWhen, entry.field.visibleWhen].filter(
      (c): c is Condition => c !== undefined,
    );
    const shown = conditions.every((c) => conditionHolds(c, scope) && visible(c.field, depth + 1));
    memo.set(id, shown);
    return shown;
  };
  return (field) => visible(field.id, 0);
}

const topLevel = (form: FormDefinition) =>
  form.sections.flatMap((section) => section.fields.map((field) => ({ field, section })));

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isObject(value)) return Object.keys(value).length === 0;
  return false;
}

/** Every issue of the answers; an empty list means the application may be sent. */
export function validateContent(
  form: FormDefinition,
  content: Content,
  context: ValidationContext,
  options: ValidateOptions = {},
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const scope = isObject(content) ? content : {};
  const fields = topLevel(form);
  const shown = visibility(fields, scope);
  for (const { field } of fields) {
    if (shown(field)) checkField(field, scope[field.id], field.id, context, options, issues);
  }
  crossChecks(form, scope, shown, issues);
  return issues;
}

function checkField(
  field: Field,
  value: unknown,
  path: string,
  context: ValidationContext,
  options: ValidateOptions,
  issues: ValidationIssue[],
): void {
  const issue = (code: string, params?: Record<string, string | number>, at = path) =>
    issues.push(params ? { path: at, code, params } : { path: at, code });

  if (field.kind === 'confirm') {
    if (value !== undefined && value !== null && typeof value !== 'boolean') {
      issue('invalid_value');
      return;
    }
    if (field.required && value !== true && !options.skipConfirm) issue('not_accepted');
    return;
  }
  if (field.kind === 'attachments') {
    checkAttachments(field, value, path, context, issue);
    return;
  }
  if (isEmpty(value)) {
    if (field.required) issue('required');
    return;
  }

  switch (field.kind) {
    case 'text':
    case 'textarea': {
      if (typeof value !== 'string') {
        issue('invalid_value');
        return;
      }
      const max = field.maxLength ?? LIMITS[field.kind];
      if (value.length > max) {
        issue('too_long', { max });
        return;
      }
      if (field.format && !matchesFormat(field.format, value.trim())) {
        const privateKey = field.format === 'certificatePem' && /PRIVATE KEY/.test(value);
        issue(
          'invalid_format',
          privateKey ? { format: field.format, reason: 'private_key' } : { format: field.format },
        );
      }
      return;
    }
    case 'email':
      if (typeof value !== 'string') {
        issue('invalid_value');
        return;
      }
      if (!isEmail(value.trim())) issue('invalid_email');
      return;
    case 'phone':
      if (typeof value !== 'string') {
        issue('invalid_value');
        return;
      }
      if (!isPhone(value.trim())) issue('invalid_phone');
      return;
    case 'businessId':
      if (typeof value !== 'string') {
        issue('invalid_value');
        return;
      }
      if (!isBusinessId(value.trim())) issue('invalid_business_id');
      return;
    case 'date':
      if (typeof value !== 'string') {
        issue('invalid_value');
        return;
      }
      if (!isIsoDate(value.trim())) issue('invalid_date');
      return;
    case 'choice':
      if (typeof value !== 'string') {
        issue('invalid_value');
        return;
      }
      if (!field.options.some((o) => o.value === value)) issue('unknown_option');
      return;
    case 'multiChoice': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        issue('invalid_value');
        return;
      }
      const unknown = value.filter((v) => !field.options.some((o) => o.value === v));
      if (unknown.length > 0) issue('unknown_option', { value: unknown.join(', ') });
      return;
    }
    case 'yesNo':
      if (typeof value !== 'boolean') issue('invalid_value');
      return;
    case 'municipalities': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        issue('invalid_value');
        return;
      }
      for (const code of value) if (!getMunicipality(code)) issue('unknown_municipality', { code });
      return;
    }
    case 'hetuList': {
      if (typeof value !== 'string') {
        issue('invalid_value');
        return;
      }
      const lines = value.split(/\r?\n/);
      if (lines.length > LIMITS.hetuListLines) {
        issue('too_many', { max: LIMITS.hetuListLines });
        return;
      }
      let wrong = 0;
      lines.forEach((line, index) => {
        const hetu = line.trim();
        if (hetu === '' || parseHetu(hetu).ok) return;
        // The line number only: the value is personal data and never echoed back.
        if (++wrong <= LIMITS.hetuIssues) issue('invalid_hetu', { line: index + 1 });
      });
      return;
    }
    case 'legalBasis': {
      if (typeof value !== 'string') {
        issue('invalid_value');
        return;
      }
      if (value.length > LIMITS.legalBasis) {
        issue('too_long', { max: LIMITS.legalBasis });
        return;
      }
      const general = onlyGeneralLaws(value);
      if (general.length > 0) issue('general_law', { law: general.join(', ') });
      return;
    }
    case 'dataGroups': {
      if (!isObject(value)) {
        issue('invalid_value');
        return;
      }
      for (const [code, answer] of Object.entries(value)) {
        const at = `${path}.${code}`;
        if (!isInterfaceDataGroup(field.interface, code)) {
          issue('unknown_data_group', { code }, at);
          continue;
        }
        if (!isObject(answer)) {
          issue('invalid_value', undefined, at);
          continue;
        }
        checkText(answer.justification, `${at}.justification`, LIMITS.justification, issue);
        checkText(answer.legalBasis, `${at}.legalBasis`, LIMITS.groupLegalBasis, issue);
      }
      return;
    }
    case 'repeat': {
      if (!Array.isArray(value)) {
        issue('invalid_value');
        return;
      }
      if (field.minItems !== undefined && value.length < field.minItems)
        issue('too_few', { min: field.minItems });
      if (field.maxItems !== undefined && value.length > field.maxItems) {
        issue('too_many', { max: field.maxItems });
        return;
      }
      value.forEach((item, index) => {
        const at = `${path}.${index}`;
        if (!isObject(item)) {
          issue('invalid_value', undefined, at);
          return;
        }
        const shown = visibility(
          field.fields.map((f) => ({ field: f })),
          item,
        );
        for (const sub of field.fields) {
          if (shown(sub)) checkField(sub, item[sub.id], `${at}.${sub.id}`, context, options, issues);
        }
      });
      return;
    }
  }
}

function checkText(
  value: unknown,
  path: string,
  max: number,
  issue: (code: string, params?: Record<string, string | number>, at?: string) => void,
): void {
  if (value !== undefined && value !== null && typeof value !== 'string') {
    issue('invalid_value', undefined, path);
    return;
  }
  if (isEmpty(value)) {
    issue('required', undefined, path);
    return;
  }
  if ((value as string).length > max) issue('too_long', { max }, path);
}

function checkAttachments(
  field: Extract<Field, { kind: 'attachments' }>,
  value: unknown,
  path: string,
  context: ValidationContext,
  issue: (code: string, params?: Record<string, string | number>, at?: string) => void,
): void {
  if (value !== undefined && value !== null) {
    if (!Array.isArray(value)) {
      issue('invalid_value');
      return;
    }
    value.forEach((id, index) => {
      if (typeof id !== 'string' || context.attachments.get(id) !== field.id)
        issue('invalid_attachment', undefined, `${path}.${index}`);
    });
  }
  const uploaded = [...context.attachments.values()].filter((f) => f === field.id).length;
  if (field.required && uploaded === 0) issue('required');
  if (field.maxFiles !== undefined && uploaded > field.maxFiles) issue('too_many', { max: field.maxFiles });
}

/** Rules between fields of one form. */
function crossChecks(
  form: FormDefinition,
  scope: Scope,
  shown: (field: Field) => boolean,
  issues: ValidationIssue[],
): void {
  const field = (id: string) => form.sections.flatMap((s) => s.fields).find((f) => f.id === id);
  if (form.id === 'subsystem') {
    // The test environment is the FI-TEST instance, production is FI.
    const expected =
      scope.environment === 'test' ? 'FI-TEST' : scope.environment === 'production' ? 'FI' : undefined;
    const instance = field('instance');
    if (
      expected &&
      instance &&
      shown(instance) &&
      typeof scope.instance === 'string' &&
      scope.instance !== expected
    )
      issues.push({ path: 'instance', code: 'invalid_value', params: { expected } });
  }
  const endCustomers = field('endCustomers');
  if (endCustomers && shown(endCustomers) && Array.isArray(scope.endCustomers)) {
    const applied = isObject(scope.dataGroups) ? new Set(Object.keys(scope.dataGroups)) : new Set<string>();
    const seen = new Set<string>();
    scope.endCustomers.forEach((item, index) => {
      if (!isObject(item)) return;
      const businessId = typeof item.businessId === 'string' ? item.businessId.trim() : '';
      if (businessId !== '' && seen.has(businessId))
        issues.push({
          path: `endCustomers.${index}.businessId`,
          code: 'invalid_value',
          params: { reason: 'duplicate' },
        });
      seen.add(businessId);
      // An end customer can be given at most what the intermediary itself applies for.
      if (Array.isArray(item.dataGroups)) {
        const extra = item.dataGroups.filter((g) => typeof g === 'string' && !applied.has(g));
        if (extra.length > 0)
          issues.push({
            path: `endCustomers.${index}.dataGroups`,
            code: 'invalid_value',
            params: { reason: 'not_applied', code: extra.join(', ') },
          });
      }
    });
  }
}

/**
 * The answers as they are sent: only the fields that are shown (hidden ones are dropped, also inside repeat
 * items), and each attachments field listing exactly the files uploaded to it.
 */
export function visibleContent(form: FormDefinition, content: Content, context: ValidationContext): Content {
  const scope = isObject(content) ? content : {};
  const fields = topLevel(form);
  const shown = visibility(fields, scope);
  const out: Content = {};
  for (const { field } of fields) {
    if (!shown(field)) continue;
    if (field.kind === 'attachments') {
      const ids = [...context.attachments].filter(([, f]) => f === field.id).map(([id]) => id);
      if (ids.length > 0) out[field.id] = ids;
      continue;
    }
    const value = scope[field.id];
    if (value === undefined) continue;
    out[field.id] =
      field.kind === 'repeat'
        ? pruneRepeat(field, value)
        : field.kind === 'dataGroups'
          ? pruneGroups(value)
          : value;
  }
  return out;
}

function pruneRepeat(field: Extract<Field, { kind: 'repeat' }>, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item) => {
    if (!isObject(item)) return item;
    const shown = visibility(
      field.fields.map((f) => ({ field: f })),
      item,
    );
    const kept: Record<string, unknown> = {};
    for (const sub of field.fields) if (shown(sub) && item[sub.id] !== undefined) kept[sub.id] = item[sub.id];
    return kept;
  });
}

function pruneGroups(value: unknown): unknown {
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([code, answer]) => [
      code,
      isObject(answer) ? { justification: answer.justification, legalBasis: answer.legalBasis } : answer,
    ]),
  );
}

/** Keys the form does not define (at the top level and in repeat items), as paths; for a 400 on saving. */
export function unknownFields(form: FormDefinition, content: Content): string[] {
  const fields = new Map(topLevel(form).map(({ field }) => [field.id, field]));
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(content)) {
    const field = fields.get(key);
    if (!field) {
      unknown.push(key);
      continue;
    }
    if (field.kind === 'repeat' && Array.isArray(value)) {
      const ids = new Set(field.fields.map((f) => f.id));
      value.forEach((item, index) => {
        if (isObject(item))
          for (const k of Object.keys(item)) if (!ids.has(k)) unknown.push(`${key}.${index}.${k}`);
      });
    }
  }
  return unknown;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/u;
export function isEmail(value: string): boolean {
  return value.length <= LIMITS.email && EMAIL.test(value);
}

/** Finnish or international: digits with optional +, spaces, hyphens and brackets; 5–15 digits. */
export function isPhone(value: string): boolean {
  if (!/^\+?[0-9 ()-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 5 && digits <= 15;
}

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const FQDN = /^(?=.{4,253}$)(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+[a-z]{2,63}$/i;

export function matchesFormat(format: TextFormat, value: string): boolean {
  switch (format) {
    case 'xroadCode':
      // The same rule as the connections the access capability registers (access/xroad.ts).
      return parseXRoadClient(`FI/GOV/0245437-2/${value}`) !== undefined;
    case 'fqdn':
      return FQDN.test(value);
    case 'certificatePem':
      return isCertificatePem(value);
  }
}

function isCertificatePem(value: string): boolean {
  if (/PRIVATE KEY/.test(value)) return false;
  const blocks = value.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  if (blocks?.length !== 1 || blocks[0] !== value) return false;
  try {
    new X509Certificate(value);
    return true;
  } catch {
    return false;
  }
}
