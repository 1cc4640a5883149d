/**
 * The data-group (tietoryhmä) catalogue: the one vocabulary of permit forms, permit decisions,
 * enforcement and the interfaces' serializers. Wire field names are DVV's Finnish names.
 * Sources: /work/shared/specs/muutosrajapinta.md §5–§7 and the fixtures beside it.
 */
export type { DataGroupCategory, DataGroupEvidence, LocalizedText } from './define.js';
export {
  type DataGroupCode,
  type DataGroupDef,
  type DataGroupRecord,
  dataGroupCategories,
  dataGroupCodes,
  dataGroups,
  getDataGroup,
  isDataGroupCode,
  isProtectedGroup,
} from './groups.js';
export {
  type CensoredGroupRecord,
  type CensorOptions,
  censoredStub,
  censorRecord,
  type ValidationIssue,
  type ValidationResult,
  validateGroupRecord,
  type WireGroupRecord,
} from './records.js';
export * as wireValues from './values.js';
// Shared value schemas; each name is both the TypeBox schema and its static type.
export {
  BilingualText,
  ChildStub,
  HuoltoOikeus,
  KansalaisuusTieto,
  Muutosattribuutti,
  PersonStub,
  Tarkkuus,
  VtjDate,
} from './values.js';
