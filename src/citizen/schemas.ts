/** Request and response schemas of the citizen routes: the contract the web app imports (type-only). */
import { type Static, Type } from 'typebox';
import { Timestamp } from '../identity/index.js';

export const DisclosuresQuery = Type.Object(
  {
    /** Keyset paging: the `nextCursor` of the previous page. */
    cursor: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,15}$' })),
  },
  { additionalProperties: false },
);

const Localized = Type.Object({ fi: Type.String(), sv: Type.String(), en: Type.String() });
const Party = Type.Object({ name: Type.Union([Type.String(), Type.Null()]), businessId: Type.String() });

export const OwnDisclosure = Type.Object({
  /** The entry's place in the disclosure log. */
  seq: Type.Integer(),
  at: Timestamp,
  /** The permit holder that received the data. */
  organisation: Party,
  /** An intermediary's end customer the data was passed on to, when the request named one. */
  endCustomer: Type.Union([Party, Type.Null()]),
  interface: Type.Enum(['muutosrajapinta', 'vtjkysely']),
  operation: Type.String(),
  permitId: Type.String(),
  dataGroups: Type.Array(Type.Object({ code: Type.String(), name: Type.Union([Localized, Type.Null()]) })),
});
export type OwnDisclosure = Static<typeof OwnDisclosure>;

export const OwnDisclosuresPage = Type.Object({
  items: Type.Array(OwnDisclosure),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type OwnDisclosuresPage = Static<typeof OwnDisclosuresPage>;
