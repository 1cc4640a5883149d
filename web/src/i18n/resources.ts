/**
 * The texts, one JSON file per language and namespace. Finnish is the source: the other languages are
 * typed as Finnish's shape, so a missing key is a compile error (i18n.test.ts also refuses extra keys and
 * differing {{variables}}).
 */
import type { Language } from '../api/types';
import enAccounts from './en/accounts.json';
import enApplications from './en/applications.json';
import enBackOffice from './en/backOffice.json';
import enCommon from './en/common.json';
import enValidation from './en/validation.json';
import fiAccounts from './fi/accounts.json';
import fiApplications from './fi/applications.json';
import fiBackOffice from './fi/backOffice.json';
import fiCommon from './fi/common.json';
import fiValidation from './fi/validation.json';
import svAccounts from './sv/accounts.json';
import svApplications from './sv/applications.json';
import svBackOffice from './sv/backOffice.json';
import svCommon from './sv/common.json';
import svValidation from './sv/validation.json';

const fi = {
  common: fiCommon,
  validation: fiValidation,
  applications: fiApplications,
  accounts: fiAccounts,
  backOffice: fiBackOffice,
};

export type Resources = typeof fi;
type Namespace = keyof Resources;

export const resources: Record<Language, Resources> = {
  fi,
  sv: {
    common: svCommon,
    validation: svValidation,
    applications: svApplications,
    accounts: svAccounts,
    backOffice: svBackOffice,
  },
  en: {
    common: enCommon,
    validation: enValidation,
    applications: enApplications,
    accounts: enAccounts,
    backOffice: enBackOffice,
  },
};

export const NAMESPACES = Object.keys(fi) as Namespace[];
