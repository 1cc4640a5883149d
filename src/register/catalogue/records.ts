/**
 * Validating and censoring single tietoryhmä records in wire form.
 */
import { Compile, type Validator } from 'typebox/compile';
import type { TLocalizedValidationError } from 'typebox/error';
import { type DataGroupCode, type DataGroupDef, getDataGroup } from './groups.js';
import type { Muutosattribuutti } from './values.js';

export interface ValidationIssue {
  /** JSON pointer into the record ('' = the record itself). */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true } | { ok: false; errors: ValidationIssue[] };

/** Any tietoryhmä record in wire form, censored or not (validate first when it comes from outside). */
export type WireGroupRecord = {
  readonly tietoryhma: string;
  readonly muutosattribuutti?: string;
  readonly [field: string]: unknown;
};

/** A record whose protected fields are withheld: spec §5 `turvakiellonAlaisetKentat`. */
export type CensoredGroupRecord = {
  tietoryhma: DataGroupCode;
  muutosattribuutti?: Muutosattribuutti;
  turvakiellonAlaisetKentat: string[];
};

interface GroupValidators {
  record: Validator;
  censored: Validator;
}

const validators = new Map<DataGroupCode, GroupValidators>();

function validatorsFor(group: DataGroupDef): GroupValidators {
  let compiled = validators.get(group.code);
  if (!compiled) {
    compiled = { record: Compile(group.recordSchema), censored: Compile(group.censoredSchema) };
    validators.set(group.code, compiled);
  }
  return compiled;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks one record against its group's schema, dispatching on `tietoryhma`. A record carrying
 * `turvakiellonAlaisetKentat` is checked as a censored record.
 */
export function validateGroupRecord(record: unknown): ValidationResult {
  if (!isPlainObject(record)) return fail('', 'a tietoryhmä record must be a JSON object');
  const code = record.tietoryhma;
  if (code === undefined) return fail('/tietoryhma', 'missing tietoryhma (the data-group code)');
  if (typeof code !== 'string') return fail('/tietoryhma', 'tietoryhma must be a string');
  const group = getDataGroup(code);
  if (!group) return fail('/tietoryhma', `unknown data group '${code}'`);
  const censored = 'turvakiellonAlaisetKentat' in record;
  const validator = censored ? validatorsFor(group).censored : validatorsFor(group).record;
  if (validator.Check(record)) return { ok: true };
  return { ok: false, errors: toIssues(validator.Errors(record), group.code, censored) };
}

function fail(path: string, message: string): ValidationResult {
  return { ok: false, errors: [{ path, message }] };
}

function pointerToken(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function toIssues(errors: TLocalizedValidationError[], code: string, censored: boolean): ValidationIssue[] {
  // A failed anyOf already says the value matched none of the alternatives; drop each alternative's error.
  const unionPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/anyOf/`);
  const issues: ValidationIssue[] = [];
  for (const error of errors) {
    if (unionPaths.some((prefix) => error.schemaPath.startsWith(prefix))) continue;
    switch (error.keyword) {
      case 'boolean':
        // `additionalProperties: false` reports each extra key twice; the keyword error below is kept.
        if (error.schemaPath.endsWith('/additionalProperties')) continue;
        issues.push({ path: error.instancePath, message: error.message });
        break;
      case 'additionalProperties':
        for (const key of error.params.additionalProperties) {
          issues.push({
            path: `${error.instancePath}/${pointerToken(key)}`,
            message: unknownFieldMessage(key, code, censored && error.instancePath === ''),
          });
        }
        break;
      case 'required':
        for (const key of error.params.requiredProperties) {
          issues.push({
            path: `${error.instancePath}/${pointerToken(key)}`,
            message: `missing required field '${key}'`,
          });
        }
        break;
      case 'enum':
        issues.push({
          path: error.instancePath,
          message: `must be one of ${error.params.allowedValues.map(String).join(', ')}`,
        });
        break;
      case 'const':
        issues.push({
          path: error.instancePath,
          message: `must be ${JSON.stringify(error.params.allowedValue)}`,
        });
        break;
      case 'pattern':
        issues.push({ path: error.instancePath, message: `must match ${String(error.params.pattern)}` });
        break;
      case 'format':
        issues.push({ path: error.instancePath, message: `must be a valid ${error.params.format}` });
        break;
      default:
        issues.push({ path: error.instancePath, message: error.message });
    }
  }
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unknownFieldMessage(key: string, code: string, censoredEnvelope: boolean): string {
  if (censoredEnvelope) {
    return `unknown field '${key}': a censored ${code} record carries only tietoryhma, muutosattribuutti and turvakiellonAlaisetKentat`;
  }
  return `unknown field '${key}' in ${code}`;
}

export interface CensorOptions {
  /** Keep `muutosattribuutti` (muutokset) or drop it (perustiedot). */
  keepAttribute: boolean;
  /**
   * List only the protected fields the record actually has. Off by default: the DVV sandbox always
   * lists the group's whole protected-field list (it even lists huoneistokirjain and jakokirjain for
   * addresses without them), so the list reveals nothing about the withheld values.
   */
  onlyPresentFields?: boolean;
}

/**
 * Withholds a record's protected fields under turvakielto. For a group with protected fields the result
 * is `{tietoryhma, [muutosattribuutti], turvakiellonAlaisetKentat}` and every other field (periods,
 * voimassaolevatTiedot, …) is dropped, as in the sandbox. A group without protected fields is returned
 * unchanged. Throws on an unknown group: nothing unclassified may pass through.
 */
export function censorRecord<R extends WireGroupRecord>(
  record: R,
  options: CensorOptions,
): R | CensoredGroupRecord {
  const group = getDataGroup(record.tietoryhma);
  if (!group) throw new Error(`censorRecord: unknown data group '${record.tietoryhma}'`);
  if (group.turvakieltoProtected.length === 0) return record;
  let withheld: string[];
  if (!options.onlyPresentFields) {
    withheld = [...group.turvakieltoProtected];
  } else if (Array.isArray(record.turvakiellonAlaisetKentat)) {
    withheld = record.turvakiellonAlaisetKentat.map(String); // already censored: the values are gone
  } else {
    withheld = group.turvakieltoProtected.filter((field) => record[field] !== undefined);
  }
  const attribute = options.keepAttribute ? record.muutosattribuutti : undefined;
  return censored(group.code, attribute, withheld);
}

/**
 * The censored record of a protected group without any source record. The sandbox sends one for every
 * location group of a turvakielto person, also for groups the person has no data in.
 */
export function censoredStub(code: DataGroupCode, muutosattribuutti?: string): CensoredGroupRecord {
  const group = getDataGroup(code);
  if (group.turvakieltoProtected.length === 0) throw new Error(`censoredStub: ${code} is not protected`);
  return censored(code, muutosattribuutti, [...group.turvakieltoProtected]);
}

function censored(code: DataGroupCode, attribute: string | undefined, fields: string[]): CensoredGroupRecord {
  const result: CensoredGroupRecord = { tietoryhma: code, turvakiellonAlaisetKentat: fields };
  if (attribute !== undefined) result.muutosattribuutti = attribute as Muutosattribuutti;
  return result;
}
