/**
 * Forms as data: one definition drives the e-service's form (web renders it from GET /api/forms/:formId),
 * the server's validation, the handler's view and the stored version (which records `version`). Labels are
 * given in all three languages; validation answers with codes the web translates.
 *
 * Answers (`content`) are a JSON object keyed by field id. Value shapes per field kind:
 *   text | textarea | email | phone | businessId | date | legalBasis → string
 *   choice → string (one option value); multiChoice | municipalities → string[]
 *   yesNo → boolean; confirm → true when ticked
 *   dataGroups → { [groupCode]: { justification: string; legalBasis: string } } (the chosen groups are the keys)
 *   hetuList → string (one hetu per line)
 *   repeat → Array<{ [subFieldId]: value }>
 *   attachments → string[] (attachment ids, uploaded separately with `field` = the field id; the server lists
 *                 the uploaded files itself, and a sent version holds exactly those)
 */

export interface Localized {
  fi: string;
  sv: string;
  en: string;
}

/** A field is shown (and validated) only when another field of the same scope has one of these values. */
export interface Condition {
  field: string;
  equals: string | boolean | readonly (string | boolean)[];
}

interface FieldBase {
  id: string;
  label: Localized;
  help?: Localized;
  /** Mandatory fields are marked with `*`; sending refuses while one is empty. */
  required?: boolean;
  visibleWhen?: Condition;
}

export type Field =
  | (FieldBase & { kind: 'text' | 'textarea'; maxLength?: number; format?: TextFormat })
  | (FieldBase & { kind: 'email' | 'phone' | 'businessId' | 'date' })
  | (FieldBase & { kind: 'choice' | 'multiChoice'; options: readonly { value: string; label: Localized }[] })
  | (FieldBase & { kind: 'yesNo' | 'confirm' })
  | (FieldBase & { kind: 'municipalities' })
  | (FieldBase & { kind: 'hetuList' })
  /** Turvakielto basis: the law(s) governing the applicant's own functions; general laws are refused. */
  | (FieldBase & { kind: 'legalBasis' })
  /** Data groups of an interface's catalogue, each chosen group with its justification and legal provision. */
  | (FieldBase & { kind: 'dataGroups'; interface: 'muutosrajapinta' | 'vtjkysely' })
  | (FieldBase & {
      kind: 'repeat';
      fields: readonly Field[];
      minItems?: number;
      maxItems?: number;
      itemLabel: Localized;
    })
  | (FieldBase & { kind: 'attachments'; maxFiles?: number });

export type FieldKind = Field['kind'];

/**
 * A stricter shape for a text answer, checked on the server (`invalid_format` with `{ format }`):
 * `xroadCode` an X-Road member or subsystem code, `fqdn` a DNS host name, `certificatePem` one X.509
 * certificate in PEM form. The web renders these as ordinary text inputs.
 */
export type TextFormat = 'xroadCode' | 'fqdn' | 'certificatePem';

export interface Section {
  id: string;
  title: Localized;
  intro?: Localized;
  visibleWhen?: Condition;
  fields: readonly Field[];
}

export type FormId = 'muutosrajapinta' | 'vtjkysely' | 'subsystem';

export interface FormDefinition {
  id: FormId;
  version: number;
  title: Localized;
  /** Which catalogue tab offers it: public administration, companies and organisations, or both. */
  audience: readonly ('public' | 'company')[];
  sections: readonly Section[];
}

/** One problem with the answers. `path` names the field: `purpose`, `dataGroups.HENKILON_NIMI.legalBasis`, `endCustomers.0.businessId`. */
export interface ValidationIssue {
  path: string;
  /** 'required' | 'too_long' | 'invalid_email' | 'invalid_phone' | 'invalid_business_id' | 'invalid_date' |
   *  'invalid_hetu' | 'unknown_option' | 'unknown_municipality' | 'unknown_data_group' | 'general_law' |
   *  'too_few' | 'too_many' | 'not_accepted' | 'invalid_attachment' | 'invalid_value' | 'invalid_format' */
  code: string;
  /** Details for the message, e.g. { law: 'Tietosuojalaki' } for general_law, { max: 2000 } for too_long. */
  params?: Record<string, string | number>;
}
