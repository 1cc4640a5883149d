/**
 * Which data groups of the catalogue an applicant can choose for each interface: the change interface serves
 * every group; VTJkysely serves the groups its products' elements are made from.
 */
import { PRODUCTS } from '../interfaces/vtjkysely/products.js';
import { type DataGroupDef, dataGroups, isProtectedGroup } from '../register/catalogue/index.js';
import type { Localized } from './forms/types.js';

export type FormInterface = 'muutosrajapinta' | 'vtjkysely';

const vtjkyselyCodes = new Set<string>(PRODUCTS.flatMap((p) => p.elements.flatMap((e) => e.groups)));

const BY_INTERFACE: Readonly<Record<FormInterface, readonly DataGroupDef[]>> = {
  muutosrajapinta: dataGroups,
  vtjkysely: dataGroups.filter((g) => vtjkyselyCodes.has(g.code)),
};
const CODES: Readonly<Record<FormInterface, ReadonlySet<string>>> = {
  muutosrajapinta: new Set(BY_INTERFACE.muutosrajapinta.map((g) => g.code)),
  vtjkysely: new Set(BY_INTERFACE.vtjkysely.map((g) => g.code)),
};

export interface DataGroupOption {
  code: string;
  title: Localized;
  description: Localized;
  /** A turvakielto withholds (some of) its fields: asking for it with turvakielto needs a legal basis. */
  turvakielto: boolean;
}

/** The groups an application for this interface may name, in catalogue order. */
export function interfaceDataGroups(iface: FormInterface): DataGroupOption[] {
  return BY_INTERFACE[iface].map((g) => ({
    code: g.code,
    title: { fi: g.names.fi, sv: g.names.sv, en: g.names.en },
    description: { fi: g.description.fi, sv: g.description.sv, en: g.description.en },
    turvakielto: isProtectedGroup(g.code),
  }));
}

export function isInterfaceDataGroup(iface: FormInterface, code: string): boolean {
  return CODES[iface].has(code);
}
