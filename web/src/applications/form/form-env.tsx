/**
 * What every field of one form needs besides its value: which application it belongs to (uploads), its
 * attachments, and the issues to show (only after a first attempt to send, as eVaka does).
 */
import { createContext, type ReactNode, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, ValidationIssue } from '../../api/application-types';

export interface FormEnv {
  formId: string;
  organisationId: string;
  applicationId: string;
  /** Issues by path; empty until the person has tried to send. */
  issues: ReadonlyMap<string, ValidationIssue>;
  attachments: readonly Attachment[];
  /** An upload of the attachments field at `path` is done: the answer there gets its id. */
  onAttachmentUploaded: (attachment: Attachment, path: string) => void;
  onAttachmentDeleted: (attachmentId: string, path: string) => void;
}

const FormEnvContext = createContext<FormEnv | null>(null);

export function FormEnvProvider({ env, children }: { env: FormEnv; children: ReactNode }) {
  return <FormEnvContext.Provider value={env}>{children}</FormEnvContext.Provider>;
}

export function useFormEnv(): FormEnv {
  const env = useContext(FormEnvContext);
  if (!env) throw new Error('useFormEnv outside FormEnvProvider');
  return env;
}

/** The message of the issue at `path`, if there is one to show. */
export function useFieldError(path: string): string | undefined {
  return useErrorLookup()(path);
}

/** For fields with parts: the message at any path under the field. */
export function useErrorLookup(): (path: string) => string | undefined {
  const { issues } = useFormEnv();
  const message = useIssueMessage();
  return (path) => {
    const issue = issues.get(path);
    return issue ? message(issue) : undefined;
  };
}

const CODES = [
  'required',
  'too_long',
  'invalid_email',
  'invalid_phone',
  'invalid_business_id',
  'invalid_date',
  'invalid_hetu',
  'unknown_option',
  'unknown_municipality',
  'unknown_data_group',
  'general_law',
  'too_few',
  'too_many',
  'not_accepted',
  'invalid_attachment',
  'invalid_value',
  'invalid_format',
] as const;
type Code = (typeof CODES)[number];

function isCode(code: string): code is Code {
  return (CODES as readonly string[]).includes(code);
}

/**
 * An issue in words: the `validation` namespace's text for its code with its params; a few codes have a
 * more exact text by a param (the format a text must have, why a value is refused).
 */
export function useIssueMessage(): (issue: ValidationIssue) => string {
  const { t } = useTranslation('validation');
  return (issue) => {
    const params = issue.params ?? {};
    const text = (name: string) => String(params[name] ?? '');
    if (issue.code === 'invalid_format') {
      if (params.reason === 'private_key') return t('formats.privateKey');
      if (params.format === 'xroadCode') return t('formats.xroadCode');
      if (params.format === 'fqdn') return t('formats.fqdn');
      if (params.format === 'certificatePem') return t('formats.certificatePem');
    }
    if (issue.code === 'invalid_value') {
      if (params.reason === 'duplicate') return t('reasons.duplicate');
      if (params.reason === 'not_applied') return t('reasons.notApplied', { code: text('code') });
      if (params.expected !== undefined) return t('reasons.expected', { expected: text('expected') });
    }
    const code = isCode(issue.code) ? issue.code : 'invalid_value';
    return t(`codes.${code}`, {
      law: text('law'),
      max: text('max'),
      min: text('min'),
      line: text('line'),
      code: text('code'),
    });
  };
}
