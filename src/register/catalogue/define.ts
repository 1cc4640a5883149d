/**
 * The shape of one data-group definition and the builder that derives its wire schemas.
 */
import Type, { type TProperties, type TSchema } from 'typebox';
import { Muutosattribuutti } from './values.js';

/** How the catalogue groups data for applicants, decisions and documentation. */
export type DataGroupCategory =
  | 'identity'
  | 'names'
  | 'language'
  | 'nationality'
  | 'municipality'
  | 'address'
  | 'residence'
  | 'migration'
  | 'family'
  | 'custody'
  | 'guardianship'
  | 'death'
  | 'religion'
  | 'restrictions'
  | 'other';

export interface LocalizedText {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
}

/**
 * Where the group's field list comes from (muutosrajapinta spec §6):
 * `sandbox` = seen in the real DVV sandbox capture; `client-fixtures` = only in client test data
 * (OPH fixtures, eVaka mock); `client-code` = only named in client code (the "names only" list).
 */
export type DataGroupEvidence = 'sandbox' | 'client-fixtures' | 'client-code';

/** A data group as declared in the catalogue sources, before its schemas are derived. */
export interface DataGroupSpec<C extends string, P extends TProperties> {
  code: C;
  names: LocalizedText;
  description: LocalizedText;
  category: DataGroupCategory;
  evidence: DataGroupEvidence;
  /** The group's own fields in wire form (envelope fields are added by the builder). */
  properties: P;
  /**
   * Fields a turvakielto withholds, in the order the DVV sandbox lists them in
   * `turvakiellonAlaisetKentat`. Omit for groups that a turvakielto does not touch.
   */
  turvakieltoProtected?: readonly Extract<keyof P, string>[];
}

/** A fully derived data-group definition. `R` is the schema of an uncensored record. */
export interface DataGroupDefinition<C extends string = string, R extends TSchema = TSchema> {
  readonly code: C;
  readonly names: LocalizedText;
  /** One sentence, shown to applicants choosing data groups. */
  readonly description: LocalizedText;
  readonly category: DataGroupCategory;
  readonly evidence: DataGroupEvidence;
  /** The group's own field names (without the envelope fields). */
  readonly fields: readonly string[];
  /** Fields withheld under turvakielto; empty when the group is not protected. */
  readonly turvakieltoProtected: readonly string[];
  /** A history group (EDELLINEN_*, ENTINEN_*, HISTORIAA_*): past values only. */
  readonly history: boolean;
  /** The wire form: an uncensored record or a censored one (`turvakiellonAlaisetKentat`). */
  readonly schema: TSchema;
  /** An uncensored record: `tietoryhma`, optional `muutosattribuutti`, fields, `voimassaolevatTiedot`. */
  readonly recordSchema: R;
  /** A censored record: only `tietoryhma`, optional `muutosattribuutti` and `turvakiellonAlaisetKentat`. */
  readonly censoredSchema: TSchema;
}

const HISTORY_PREFIXES = ['EDELLINEN_', 'ENTINEN_', 'HISTORIAA_'] as const;

/** Builds a group's schemas from its field properties (see muutosrajapinta spec §5 for the envelope). */
export function defineGroup<const C extends string, P extends TProperties>(spec: DataGroupSpec<C, P>) {
  const { code, properties } = spec;
  const tietoryhma = Type.Literal(code);
  // An entry of `voimassaolevatTiedot`: a record of the same group without muutosattribuutti.
  const entrySchema = Type.Object({ tietoryhma, ...properties }, { additionalProperties: false });
  const recordSchema = Type.Object(
    {
      tietoryhma,
      muutosattribuutti: Type.Optional(Muutosattribuutti),
      ...properties,
      voimassaolevatTiedot: Type.Optional(Type.Array(entrySchema)),
    },
    { additionalProperties: false, title: code },
  );
  const censoredSchema = Type.Object(
    {
      tietoryhma,
      muutosattribuutti: Type.Optional(Muutosattribuutti),
      turvakiellonAlaisetKentat: Type.Array(Type.String()),
    },
    { additionalProperties: false, title: `${code} (turvakielto)` },
  );
  const definition: DataGroupDefinition<C, typeof recordSchema> = {
    code,
    names: spec.names,
    description: spec.description,
    category: spec.category,
    evidence: spec.evidence,
    fields: Object.keys(properties),
    turvakieltoProtected: spec.turvakieltoProtected ?? [],
    history: HISTORY_PREFIXES.some((prefix) => code.startsWith(prefix)),
    schema: Type.Union([recordSchema, censoredSchema], { title: code }),
    recordSchema,
    censoredSchema,
  };
  return definition;
}
