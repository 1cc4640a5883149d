/**
 * /organisations/:organisationId/permits: the organisation's permits with their state, and for each its
 * credentials (issue, rotate, revoke; a password is shown once) and connections (register an X-Road
 * subsystem or a client certificate).
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styled from 'styled-components';
import {
  Heading,
  InlineAlert,
  LoadingSpinner,
  Paragraph,
  RouterLink,
  StaticChip,
} from 'suomifi-ui-components';
import { type PermitListItem, permitListQuery } from '../api/access';
import type { SessionView } from '../api/types';
import { colors, focuses, spacing } from '../ui/tokens';
import { ConnectionsSection } from './connections-section';
import { CredentialsSection } from './credentials-section';
import { formatDate } from './format';
import { OrganisationFrame } from './organisation-frame';
import { Facts } from './organisation-page';

/** Decided permits that are not over: the server takes new credentials and connections for these only. */
const OPEN_STATES = new Set(['granted', 'terms_pending', 'active']);
const PERMIT_STATES = [
  'granted',
  'terms_pending',
  'active',
  'lapsed',
  'expired',
  'revoked',
  'terminated',
  'superseded',
] as const;
const INTERFACES = ['muutosrajapinta', 'vtjkysely'] as const;

export function PermitsPage() {
  const { t } = useTranslation('accounts');
  return (
    <OrganisationFrame section="permits">
      {({ session, organisation, isMainUser }) => (
        <>
          <Paragraph mb="l">{t('permits.lead')}</Paragraph>
          <PermitList session={session} organisationId={organisation.id} isMainUser={isMainUser} />
        </>
      )}
    </OrganisationFrame>
  );
}

function PermitList({
  session,
  organisationId,
  isMainUser,
}: {
  session: SessionView;
  organisationId: string;
  isMainUser: boolean;
}) {
  const { t } = useTranslation('accounts');
  const permits = useQuery(permitListQuery(organisationId));
  if (permits.isPending) return <LoadingSpinner text={t('loading', { ns: 'common' })} />;
  if (permits.isError) return <InlineAlert status="error">{t('errors.loadFailed')}</InlineAlert>;
  if (permits.data.length === 0) {
    return (
      <>
        <Paragraph mb="s">{t('permits.none')}</Paragraph>
        <RouterLink
          asComponent={Link}
          to={`/organisations/${encodeURIComponent(organisationId)}/applications`}
        >
          {t('permits.apply')}
        </RouterLink>
      </>
    );
  }
  return (
    <List>
      {permits.data.map((permit) => (
        <PermitCard
          key={permit.id}
          session={session}
          organisationId={organisationId}
          permit={permit}
          isMainUser={isMainUser}
        />
      ))}
    </List>
  );
}

function PermitCard({
  session,
  organisationId,
  permit,
  isMainUser,
}: {
  session: SessionView;
  organisationId: string;
  permit: PermitListItem;
  isMainUser: boolean;
}) {
  const { t, i18n } = useTranslation('accounts');
  const headingId = `permit-${permit.id}-heading`;
  const open = OPEN_STATES.has(permit.state);
  const state = PERMIT_STATES.find((s) => s === permit.state);
  const iface = INTERFACES.find((i) => i === permit.interface);
  return (
    <Card aria-labelledby={headingId}>
      <Heading variant="h2" id={headingId} mb="s">
        {t('permits.permitHeading', {
          interface: iface ? t(`permits.interfaces.${iface}`) : permit.interface,
          from: formatDate(permit.validFrom, i18n.language),
          until: formatDate(permit.validUntil, i18n.language),
        })}
      </Heading>
      <Facts>
        <dt>{t('permits.state')}</dt>
        <dd>
          <StaticChip>{state ? t(`permits.states.${state}`) : permit.state}</StaticChip>
        </dd>
        {permit.reference && (
          <>
            <dt>{t('permits.reference')}</dt>
            <dd>{permit.reference}</dd>
          </>
        )}
        {permit.state === 'terms_pending' && permit.termsDeadline && (
          <>
            <dt>{t('permits.termsDeadline')}</dt>
            <dd>{formatDate(permit.termsDeadline, i18n.language)}</dd>
          </>
        )}
        <dt>{t('permits.dataGroups')}</dt>
        <dd>
          {t('permits.dataGroupCount', { count: permit.dataGroups.length })}
          {permit.dataGroups.length > 0 && (
            <GroupDetails>
              <summary>{t('permits.showDataGroups')}</summary>
              <GroupCodes>
                {permit.dataGroups.map((code) => (
                  <li key={code}>
                    <code>{code}</code>
                  </li>
                ))}
              </GroupCodes>
            </GroupDetails>
          )}
        </dd>
        <dt>{t('permits.turvakielto')}</dt>
        <dd>{permit.turvakielto ? t('permits.turvakieltoYes') : t('permits.turvakieltoNo')}</dd>
      </Facts>
      <Paragraph mb="m">
        <RouterLink
          asComponent={Link}
          to={`/organisations/${encodeURIComponent(organisationId)}/permits/${encodeURIComponent(permit.id)}`}
        >
          {t('permits.details')}
        </RouterLink>
      </Paragraph>
      {!open && (
        <InlineAlert status="neutral" mb="m">
          {t('permits.closed')}
        </InlineAlert>
      )}
      <CredentialsSection
        session={session}
        organisationId={organisationId}
        permitId={permit.id}
        canChange={open && isMainUser}
        isMainUser={isMainUser}
      />
      <ConnectionsSection
        session={session}
        organisationId={organisationId}
        permitId={permit.id}
        open={open}
      />
    </Card>
  );
}

const List = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${spacing.l};
`;

const Card = styled.section`
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
  border-top: 4px solid ${colors.highlightBase};
`;

const GroupDetails = styled.details`
  margin-top: ${spacing.xxs};

  summary {
    color: ${colors.highlightBase};
    cursor: pointer;
  }

  summary:focus-visible {
    ${focuses.boxShadowFocus};
    outline: none;
  }
`;

const GroupCodes = styled.ul`
  margin: ${spacing.xs} 0 0;
  padding-left: ${spacing.m};
  overflow-wrap: anywhere;
`;
