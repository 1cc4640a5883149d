/** Names for codes the API answers with: forms, states, interfaces, data groups (unknown ones as they are). */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  CASE_STATES,
  type ConnectionRow,
  dataGroupsQuery,
  FORM_IDS,
  type Localized,
  PERMIT_STATES,
} from '../../api/back-office';

const INTERFACES = ['muutosrajapinta', 'vtjkysely'] as const;
const CONNECTION_STATES = ['pending', 'approved', 'rejected', 'revoked'] as const;

export function useLabels() {
  const { t } = useTranslation('backOffice');
  return {
    form: (form: string) =>
      (FORM_IDS as readonly string[]).includes(form) ? t(`forms.${form as (typeof FORM_IDS)[number]}`) : form,
    caseState: (state: string) =>
      (CASE_STATES as readonly string[]).includes(state)
        ? t(`states.${state as (typeof CASE_STATES)[number]}`)
        : state,
    permitState: (state: string) =>
      (PERMIT_STATES as readonly string[]).includes(state)
        ? t(`permitStates.${state as (typeof PERMIT_STATES)[number]}`)
        : state,
    interfaceName: (name: string) =>
      (INTERFACES as readonly string[]).includes(name)
        ? t(`interfaces.${name as (typeof INTERFACES)[number]}`)
        : name,
    connectionState: (state: string) =>
      (CONNECTION_STATES as readonly string[]).includes(state)
        ? t(`connections.states.${state as (typeof CONNECTION_STATES)[number]}`)
        : state,
    connectionKind: (kind: string) =>
      kind === 'xroad'
        ? t('connections.kinds.xroad')
        : kind === 'certificate'
          ? t('connections.kinds.certificate')
          : kind,
    environment: (environment: string) =>
      environment === 'test'
        ? t('connections.environments.test')
        : environment === 'production'
          ? t('connections.environments.production')
          : environment,
  };
}

export function useLanguage(): keyof Localized {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return language === 'sv' || language === 'en' ? language : 'fi';
}

/** The data groups' names from the form API (the catalogue's own texts); the code until they are read. */
export function useDataGroupNames(formOrInterface: string) {
  const language = useLanguage();
  const groups = useQuery({ ...dataGroupsQuery(formOrInterface), retry: false });
  const byCode = new Map((groups.data ?? []).map((group) => [group.code, group]));
  return {
    name: (code: string) => byCode.get(code)?.title[language] ?? code,
    isProtected: (code: string) => byCode.get(code)?.turvakielto ?? false,
    all: groups.data,
  };
}

/** What names a connection: its X-Road client id, or its certificate's subject (or fingerprint). */
export function connectionIdentifier(row: ConnectionRow): string {
  return row.xroadClient ?? row.certificate?.subject ?? row.certificate?.sha256 ?? row.id;
}
