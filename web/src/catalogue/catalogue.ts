/**
 * The service catalogue (seeds: "Aloita uusi hakemus" → a tab per kind of organisation → a category →
 * the services, each with "Aloita"). The names and descriptions are in the `applications` texts, so
 * every id here must have them (the types say so).
 */
import type { OrganisationKind } from '../api/types';
import type { Resources } from '../i18n/resources';

type ApplicationTexts = Resources['applications'];
export type ServiceId = keyof ApplicationTexts['services'];
type CategoryId = keyof ApplicationTexts['catalogue']['categories'];

export interface CatalogueTab {
  kind: OrganisationKind;
  categories: readonly { id: CategoryId; services: readonly ServiceId[] }[];
}

export const CATALOGUE: readonly CatalogueTab[] = [
  {
    kind: 'public',
    categories: [{ id: 'populationData', services: ['muutosrajapinta', 'vtjkyselyPublic', 'subsystem'] }],
  },
  {
    kind: 'company',
    categories: [
      { id: 'populationData', services: ['vtjkyselyCompany', 'intermediaryFramework', 'subsystem'] },
    ],
  },
];

const SERVICE_IDS = new Set<string>(
  CATALOGUE.flatMap((tab) => tab.categories.flatMap((category) => category.services)),
);

export function isServiceId(value: string | null): value is ServiceId {
  return value !== null && SERVICE_IDS.has(value);
}
