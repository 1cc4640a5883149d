/**
 * /organisations/:organisationId/permits/:permitId — one permit as its holder sees it: state, the data
 * groups granted (and whether turvakielto data is included), validity, end customers, the decision and
 * the terms in the UI language. A main user accepts the terms ("Hyväksyn ehdot"), which makes it active;
 * credentials and connections are on the permits list (the accounts pages).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterDomLink, useParams } from 'react-router';
import styled from 'styled-components';
import {
  Button,
  Heading,
  InlineAlert,
  Link,
  LoadingSpinner,
  Paragraph,
  RouterLink,
} from 'suomifi-ui-components';
import type { PermitView } from '../api/application-types';
import { dataGroupsQuery, decisionDocumentUrl, municipalitiesQuery, useCsrfToken } from '../api/applications';
import { ApiError } from '../api/client';
import { acceptTerms, permitQuery } from '../api/permit-view';
import { useFormat } from '../applications/format';
import { useLocalized, useMunicipalityName } from '../applications/localized';
import { Notice } from '../applications/notice';
import { RequireMembership } from '../applications/require-session';
import { isLanguage } from '../i18n/languages';
import { Page } from '../layout/page';
import { colors, spacing, typography } from '../ui/tokens';

const PERMIT_STATES = [
  'terms_pending',
  'active',
  'lapsed',
  'expired',
  'revoked',
  'terminated',
  'superseded',
] as const;
type PermitState = (typeof PERMIT_STATES)[number];

function isPermitState(state: string): state is PermitState {
  return (PERMIT_STATES as readonly string[]).includes(state);
}

export function PermitPage() {
  const { organisationId = '', permitId = '' } = useParams();
  return (
    <RequireMembership organisationId={organisationId}>
      {(membership) => (
        <PermitLoader
          organisationId={organisationId}
          permitId={permitId}
          isMainUser={membership.role === 'main_user'}
        />
      )}
    </RequireMembership>
  );
}

function PermitLoader({
  organisationId,
  permitId,
  isMainUser,
}: {
  organisationId: string;
  permitId: string;
  isMainUser: boolean;
}) {
  const { t } = useTranslation('applications');
  const permit = useQuery(permitQuery(organisationId, permitId));
  if (permit.isPending) return <LoadingSpinner text={t('loading', { ns: 'common' })} />;
  if (permit.isError) {
    const missing = permit.error instanceof ApiError && [400, 404].includes(permit.error.status);
    return (
      <Page title={missing ? t('permit.notFound.title') : t('loadFailed.title')}>
        <Paragraph mb="m">{missing ? t('permit.notFound.text') : t('loadFailed.text')}</Paragraph>
        <PermitsLink organisationId={organisationId} />
      </Page>
    );
  }
  return <PermitDetails permit={permit.data} organisationId={organisationId} isMainUser={isMainUser} />;
}

function PermitsLink({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('applications');
  return (
    <Paragraph mb="m">
      <RouterLink asComponent={RouterDomLink} to={`/organisations/${organisationId}/permits`}>
        {t('permit.backToPermits')}
      </RouterLink>
    </Paragraph>
  );
}

function PermitDetails({
  permit,
  organisationId,
  isMainUser,
}: {
  permit: PermitView;
  organisationId: string;
  isMainUser: boolean;
}) {
  const { t } = useTranslation('applications');
  const format = useFormat();
  const localized = useLocalized();
  // The change interface's form offers every group of the catalogue: the names of any permit's groups.
  const groups = useQuery(dataGroupsQuery('muutosrajapinta'));
  const municipalities = useQuery({
    ...municipalitiesQuery,
    enabled: permit.selection.kind === 'municipalities',
  });
  const municipalityName = useMunicipalityName();
  const groupName = (code: string) => {
    const group = groups.data?.find((candidate) => candidate.code === code);
    return group ? localized(group.title) : code;
  };
  const [accepted, setAccepted] = useState(false);
  const interfaceName =
    permit.interface === 'muutosrajapinta' || permit.interface === 'vtjkysely'
      ? t(`permit.interfaces.${permit.interface}`)
      : permit.interface;

  return (
    <Page title={t('permit.title', { interface: interfaceName })}>
      <PermitsLink organisationId={organisationId} />
      {accepted && (
        <Notice heading={t('permit.accepted.heading')}>
          <Paragraph>{t('permit.accepted.text')}</Paragraph>
        </Notice>
      )}
      <Facts>
        <dt>{t('permit.state')}</dt>
        <dd data-testid="permit-state">
          {isPermitState(permit.state) ? t(`permit.states.${permit.state}`) : permit.state}
        </dd>
        {permit.reference && (
          <>
            <dt>{t('facts.reference')}</dt>
            <dd>{permit.reference}</dd>
          </>
        )}
        <dt>{t('permit.validity')}</dt>
        <dd>
          {t('permit.validityRange', {
            from: format.date(permit.validFrom),
            until: format.date(permit.validUntil),
          })}
        </dd>
        {permit.interface === 'muutosrajapinta' && (
          <>
            <dt>{t('permit.selection')}</dt>
            <dd>
              {permit.selection.kind === 'municipalities'
                ? t('permit.selectionKinds.municipalities', {
                    municipalities: permit.selection.codes
                      .map((code) => {
                        const found = municipalities.data?.find((candidate) => candidate.code === code);
                        return found ? municipalityName(found.name) : code;
                      })
                      .join(', '),
                  })
                : permit.selection.kind === 'hetu_list'
                  ? t('permit.selectionKinds.hetuList')
                  : t('permit.selectionKinds.national')}
            </dd>
          </>
        )}
        <dt>{t('permit.turvakielto')}</dt>
        <dd>{permit.turvakielto ? t('permit.turvakieltoIncluded') : t('permit.turvakieltoExcluded')}</dd>
        {permit.framework && (
          <>
            <dt>{t('permit.kind')}</dt>
            <dd>{t('permit.framework')}</dd>
          </>
        )}
        {permit.termsAcceptedAt && (
          <>
            <dt>{t('permit.termsAcceptedAt')}</dt>
            <dd>{format.dateTime(permit.termsAcceptedAt)}</dd>
          </>
        )}
        {permit.state === 'revoked' && permit.revocationReason && (
          <>
            <dt>{t('permit.revocationReason')}</dt>
            <dd>{permit.revocationReason}</dd>
          </>
        )}
      </Facts>

      {(permit.decisionId || permit.applicationId) && (
        <LinkList>
          {permit.decisionId && (
            <li>
              <Link href={decisionDocumentUrl(organisationId, permit.decisionId)}>
                {t('decision.document')}
              </Link>
            </li>
          )}
          {permit.applicationId && (
            <li>
              <RouterLink
                asComponent={RouterDomLink}
                to={`/organisations/${organisationId}/applications/${permit.applicationId}`}
              >
                {t('permit.application')}
              </RouterLink>
            </li>
          )}
        </LinkList>
      )}

      <Section aria-labelledby="permit-groups-heading">
        <Heading variant="h2" id="permit-groups-heading" mb="s">
          {t('permit.dataGroups')}
        </Heading>
        <ul>
          {permit.dataGroups.map((code) => {
            const group = groups.data?.find((candidate) => candidate.code === code);
            return (
              <li key={code}>
                {groupName(code)}
                {group?.turvakielto && ` (${t('form.dataGroups.turvakielto')})`}
              </li>
            );
          })}
        </ul>
        {permit.products.length > 0 && (
          <Paragraph>{t('permit.products', { products: permit.products.join(', ') })}</Paragraph>
        )}
      </Section>

      {permit.endCustomers.length > 0 && (
        <Section aria-labelledby="permit-end-customers-heading">
          <Heading variant="h2" id="permit-end-customers-heading" mb="s">
            {t('permit.endCustomers')}
          </Heading>
          <ul>
            {permit.endCustomers.map((customer) => (
              <li key={customer.businessId}>
                <strong>
                  {customer.name} ({customer.businessId})
                </strong>
                {' – '}
                {customer.approved ? t('permit.endCustomerApproved') : t('permit.endCustomerNotApproved')}
                {customer.dataGroups.length > 0 && (
                  <>
                    <br />
                    {customer.dataGroups.map(groupName).join(', ')}
                  </>
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section aria-labelledby="permit-terms-heading">
        <Heading variant="h2" id="permit-terms-heading" mb="s">
          {t('permit.terms')}
        </Heading>
        <Terms terms={permit.terms} />
        {permit.state === 'terms_pending' && (
          <AcceptTerms
            permit={permit}
            organisationId={organisationId}
            isMainUser={isMainUser}
            onAccepted={() => setAccepted(true)}
          />
        )}
      </Section>
    </Page>
  );
}

function AcceptTerms({
  permit,
  organisationId,
  isMainUser,
  onAccepted,
}: {
  permit: PermitView;
  organisationId: string;
  isMainUser: boolean;
  onAccepted: () => void;
}) {
  const { t } = useTranslation('applications');
  const format = useFormat();
  const csrfToken = useCsrfToken();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function accept() {
    setBusy(true);
    setFailed(false);
    try {
      const active = await acceptTerms(csrfToken, organisationId, permit.id);
      queryClient.setQueryData(permitQuery(organisationId, permit.id).queryKey, active);
      void queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'permits'] });
      void queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'applications'] });
      onAccepted();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {permit.termsDeadline && (
        <Paragraph mb="s">
          <strong>{t('permit.termsDeadline', { date: format.date(permit.termsDeadline) })}</strong>
        </Paragraph>
      )}
      {failed && (
        <InlineAlert status="error" role="alert" mb="s">
          {t('permit.acceptFailed')}
        </InlineAlert>
      )}
      {isMainUser ? (
        <Button disabled={busy} onClick={() => void accept()}>
          {t('permit.accept')}
        </Button>
      ) : (
        <Paragraph>{t('permit.onlyMainUsers')}</Paragraph>
      )}
    </>
  );
}

const Facts = styled.dl`
  display: grid;
  grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
  gap: ${spacing.xs} ${spacing.l};
  margin: 0 0 ${spacing.l};

  dt {
    ${typography.bodySemiBold};
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  @media (max-width: 480px) {
    grid-template-columns: minmax(0, 1fr);
    dd {
      margin-bottom: ${spacing.xs};
    }
  }
`;

const Section = styled.section`
  margin-bottom: ${spacing.xl};
`;

const LinkList = styled.ul`
  margin: 0 0 ${spacing.l};
  padding-left: ${spacing.m};
`;

/** The terms in the UI language: a title and numbered items, each with its heading. */
function Terms({ terms }: { terms: PermitView['terms'] }) {
  const { i18n } = useTranslation();
  const text = terms[isLanguage(i18n.language) ? i18n.language : 'fi'];
  return (
    <TermsBox>
      <Heading variant="h3" mb="s">
        {text.title}
      </Heading>
      <ol>
        {text.items.map((item) => (
          <li key={item.heading}>
            <Heading variant="h4" mb="xxs">
              {item.heading}
            </Heading>
            <Paragraph mb="s">{item.text}</Paragraph>
          </li>
        ))}
      </ol>
    </TermsBox>
  );
}

const TermsBox = styled.div`
  margin-bottom: ${spacing.m};
  padding: ${spacing.m};
  white-space: pre-wrap;
  border: 1px solid ${colors.depthLight1};
  background: ${colors.depthLight3};
`;
