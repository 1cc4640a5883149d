/**
 * The wire format of VTJ-muutosrajapinta, with DVV's Finnish names kept literally (specs/muutosrajapinta.md
 * §3). These schemas validate requests and generate the OpenAPI document. Responses are built with exactly
 * the keys listed here: a muutos carries henkilotunnus, tietoryhmat and muutospv and nothing else, because
 * OPH maps each element straight onto an entity whose `id` decides INSERT or UPDATE (spec §3.2).
 */
import Type, { type Static } from 'typebox';

/** At most this many changes per muutokset page (DVV's own page size is not public, spec §9.5). */
export const MUUTOKSET_PAGE_SIZE = 1000;
/** A 100 000-hetu muutokset request is about 1.4 MB; 8 MiB takes about 580 000 hetus (eVaka sends its whole register). */
export const MUUTOKSET_BODY_LIMIT = 8 * 1024 * 1024;
/** At most 1 000 hetus (plus the group names) per perustiedot request. */
export const PERUSTIEDOT_BODY_LIMIT = 256 * 1024;
/** DVV's cap on perustiedot, as the eVaka POC cites it (spec §3.3). */
export const PERUSTIEDOT_MAX_HETUS = 1000;

const Kirjausavain = Type.Integer({
  minimum: 0,
  maximum: Number.MAX_SAFE_INTEGER,
  description: 'Position in the change log (int64, above 2^32). Opaque to the client; it only grows.',
  examples: [5446623423],
});

const Hetulista = Type.Array(Type.String({ examples: ['010180-999A'] }), {
  description:
    'Personal identity codes (henkilötunnus). Required under a hetu-list permit; under a municipality or ' +
    'national permit it narrows the selection, and left out or empty means the whole selection.',
});

/** Accepted and ignored: eVaka sent it until 2024-02 and OPH until 2023-12 (spec §3.2). */
const Tuotekoodi = Type.Optional(
  Type.Union([Type.String(), Type.Null()], { description: 'Legacy product code, ignored' }),
);

/** A data-group record in DVV wire form; its fields depend on `tietoryhma` (spec §5–§6). */
const TietoryhmaRecord = Type.Object(
  { tietoryhma: Type.String({ examples: ['KUOLINPAIVA'] }) },
  { additionalProperties: true },
);

export const KirjausavainParams = Type.Object({
  date: Type.String({ description: 'A date yyyy-MM-dd (Europe/Helsinki)', examples: ['2026-11-25'] }),
});

export const KirjausavainResponse = Type.Object(
  { viimeisinKirjausavain: Kirjausavain },
  { additionalProperties: false, description: 'The key to start muutokset from' },
);

export const MuutoksetRequest = Type.Object(
  {
    viimeisinKirjausavain: Kirjausavain,
    hetulista: Type.Optional(Hetulista),
    tuotekoodi: Tuotekoodi,
  },
  { additionalProperties: false },
);
export type MuutoksetRequest = Static<typeof MuutoksetRequest>;

const Muutos = Type.Object(
  {
    henkilotunnus: Type.String({
      description: 'The hetu the change is keyed by (for a correction: the old one)',
    }),
    tietoryhmat: Type.Array(TietoryhmaRecord),
    muutospv: Type.String({ description: 'When the change happened, ISO 8601 UTC with milliseconds' }),
  },
  { additionalProperties: false },
);
export type Muutos = Static<typeof Muutos>;

export const MuutoksetResponse = Type.Object(
  {
    viimeisinKirjausavain: Kirjausavain,
    muutokset: Type.Array(Muutos),
    ajanTasalla: Type.Boolean({ description: 'false: more changes remain, ask again at once with this key' }),
  },
  { additionalProperties: false, description: `A page of at most ${MUUTOKSET_PAGE_SIZE} changes` },
);
export type MuutoksetResponse = Static<typeof MuutoksetResponse>;

export const PerustiedotRequest = Type.Object(
  {
    hetulista: Type.Array(Type.String({ examples: ['010180-999A'] }), {
      minItems: 1,
      maxItems: PERUSTIEDOT_MAX_HETUS,
    }),
    tietoryhmat: Type.Optional(
      Type.Array(Type.String(), { description: 'Leave out for every group the permit allows' }),
    ),
    tuotekoodi: Tuotekoodi,
  },
  { additionalProperties: false },
);
export type PerustiedotRequest = Static<typeof PerustiedotRequest>;

const Perustieto = Type.Object(
  { henkilotunnus: Type.String(), tietoryhmat: Type.Array(TietoryhmaRecord) },
  { additionalProperties: false },
);
export type Perustieto = Static<typeof Perustieto>;

export const PerustiedotResponse = Type.Object(
  { perustiedot: Type.Array(Perustieto), ajanTasalla: Type.Boolean() },
  { additionalProperties: false, description: 'Base data of the persons found (unknown hetus are left out)' },
);
export type PerustiedotResponse = Static<typeof PerustiedotResponse>;

export const ErrorBody = Type.Object(
  {
    error: Type.String({ description: 'A stable snake_case code', examples: ['invalid_hetu'] }),
    message: Type.String(),
  },
  { additionalProperties: false, description: 'Refused: a stable code and a message for people' },
);
