/**
 * /applications/new?service=<id> — starting an application from the catalogue's "Aloita": for which
 * organisation (when the person uses several accounts), new or a change of an existing permit, and for a
 * company, whether it prepares the application on behalf of a customer organisation (the intermediary
 * model). A subsystem permission application is linked instead to one of the organisation's data-permit
 * applications sent to DVV (preselected by `?related=<applicationId>`). Creating it makes a draft, and the
 * form opens.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterDomLink, useNavigate, useSearchParams } from 'react-router';
import {
  Button,
  Dropdown,
  DropdownItem,
  ErrorSummary,
  InlineAlert,
  LoadingSpinner,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
  TextInput,
} from 'suomifi-ui-components';
import type { ApplicationSummary, PermitSummary } from '../../api/application-types';
import {
  ApplicationApiError,
  applicationsApi,
  applicationsQuery,
  useCsrfToken,
} from '../../api/applications';
import { permitChoicesQuery } from '../../api/permit-view';
import type { SessionView } from '../../api/types';
import { isServiceId, type ServiceId } from '../../catalogue/catalogue';
import { Page } from '../../layout/page';
import { FieldLabel } from '../form/field-label';
import { useFormat } from '../format';
import { RequireSession } from '../require-session';
import { SERVICE_FORMS } from './services';

type Membership = SessionView['organisations'][number];
type Problem = 'organisation' | 'permit' | 'businessId' | 'noCustomer' | 'related';

const BUSINESS_ID = /^\d{7}-\d$/;
const ID = {
  organisation: 'start-organisation',
  kind: 'start-kind',
  permit: 'start-permit',
  onBehalf: 'start-on-behalf',
  businessId: 'start-business-id',
  related: 'start-related',
} as const;

export function StartApplicationPage() {
  const { t } = useTranslation('applications');
  const [params] = useSearchParams();
  const service = params.get('service');
  if (!isServiceId(service)) {
    return (
      <Page title={t('start.unknownService.title')}>
        <Paragraph mb="m">{t('start.unknownService.text')}</Paragraph>
        <RouterLink asComponent={RouterDomLink} to="/">
          {t('start.backToCatalogue')}
        </RouterLink>
      </Page>
    );
  }
  return (
    <RequireSession>
      {(session) => (
        <Page title={t('start.title', { service: t(`services.${service}.name`) })}>
          {session.organisations.length === 0 ? (
            <NoOrganisation />
          ) : (
            <StartForm service={service} organisations={session.organisations} />
          )}
        </Page>
      )}
    </RequireSession>
  );
}

function NoOrganisation() {
  const { t } = useTranslation('applications');
  return (
    <>
      <Paragraph mb="m">{t('start.noOrganisation')}</Paragraph>
      <RouterLink asComponent={RouterDomLink} to="/organisations/new">
        {t('start.createOrganisation')}
      </RouterLink>
    </>
  );
}

function StartForm({ service, organisations }: { service: ServiceId; organisations: readonly Membership[] }) {
  const { t } = useTranslation('applications');
  const csrfToken = useCsrfToken();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const serviceForm = SERVICE_FORMS[service];
  const isSubsystem = serviceForm.form === 'subsystem';
  const [params] = useSearchParams();
  const [relatedId, setRelatedId] = useState(params.get('related') ?? '');
  const [organisationId, setOrganisationId] = useState(
    organisations.length === 1 ? (organisations[0] as Membership).id : '',
  );
  const [kind, setKind] = useState<'new' | 'change'>('new');
  const [permitId, setPermitId] = useState('');
  const [onBehalf, setOnBehalf] = useState(false);
  const [businessId, setBusinessId] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const organisation = organisations.find((candidate) => candidate.id === organisationId);
  // A subsystem belongs to the applicant's own data permit: it is never applied for on a customer's behalf.
  const isCompany = organisation?.kind === 'company' && !isSubsystem;
  const actingOnBehalf = isCompany && onBehalf;

  useEffect(() => {
    if (attempts > 0 && problems.length > 0) summaryHeading.current?.focus();
  }, [attempts, problems.length]);

  function check(): Problem[] {
    const found: Problem[] = [];
    if (!organisation) found.push('organisation');
    if (isSubsystem && !relatedId) found.push('related');
    if (!isSubsystem && !actingOnBehalf && kind === 'change' && !permitId) found.push('permit');
    if (actingOnBehalf && !BUSINESS_ID.test(businessId.trim())) found.push('businessId');
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = check();
    setProblems(found);
    setFailed(false);
    if (found.length > 0) {
      setAttempts((count) => count + 1);
      return;
    }
    setBusy(true);
    try {
      const created = await applicationsApi.create(csrfToken, organisationId, {
        form: serviceForm.form,
        kind: actingOnBehalf || isSubsystem ? 'new' : kind,
        ...(isSubsystem ? { relatedApplicationId: relatedId } : {}),
        ...(!isSubsystem && !actingOnBehalf && kind === 'change' ? { parentPermitId: permitId } : {}),
        ...(actingOnBehalf ? { onBehalfOf: { businessId: businessId.trim() } } : {}),
      });
      if (serviceForm.preset) {
        await applicationsApi.saveContent(csrfToken, organisationId, created.id, {
          content: { ...created.content, ...serviceForm.preset },
          revision: created.revision,
        });
      }
      void queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'applications'] });
      navigate(`/organisations/${organisationId}/applications/${created.id}`);
    } catch (error) {
      if (error instanceof ApplicationApiError && error.code === 'no_such_customer') {
        setProblems(['noCustomer']);
        setAttempts((count) => count + 1);
      } else {
        setFailed(true);
      }
      setBusy(false);
    }
  }

  const messages: Record<Problem, { text: string; inputId: string }> = {
    organisation: { text: t('start.errors.organisation'), inputId: `${ID.organisation}-0` },
    permit: { text: t('start.errors.permit'), inputId: ID.permit },
    businessId: { text: t('start.errors.businessId'), inputId: ID.businessId },
    noCustomer: { text: t('start.errors.noCustomer'), inputId: ID.businessId },
    related: { text: t('start.errors.related'), inputId: ID.related },
  };
  const has = (problem: Problem) => problems.includes(problem);
  const businessIdProblem = has('businessId') ? 'businessId' : has('noCustomer') ? 'noCustomer' : null;

  return (
    <form onSubmit={submit} noValidate>
      {problems.length > 0 && (
        <ErrorSummary
          role="alert"
          headingText={t('summaryHeading', { ns: 'validation' })}
          headingRef={summaryHeading}
          headingVariant="h2"
          items={problems.map((problem) => messages[problem])}
          mb="l"
        />
      )}
      <Paragraph mb="l">{t('start.lead')}</Paragraph>

      {organisations.length > 1 ? (
        <RadioButtonGroup
          name="organisation"
          labelText={<FieldLabel text={t('start.organisation')} required />}
          value={organisationId}
          onChange={(value) => {
            setOrganisationId(value);
            setPermitId('');
            setRelatedId('');
          }}
          groupStatus={has('organisation') ? 'error' : 'default'}
          groupStatusText={has('organisation') ? messages.organisation.text : undefined}
          mb="l"
        >
          {organisations.map((candidate, index) => (
            <RadioButton
              key={candidate.id}
              id={`${ID.organisation}-${index}`}
              value={candidate.id}
              hintText={t('start.businessId', { businessId: candidate.businessId })}
            >
              {candidate.name}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      ) : (
        organisation && (
          <Paragraph mb="l">
            {t('start.applicant', { name: organisation.name, businessId: organisation.businessId })}
          </Paragraph>
        )
      )}

      {isCompany && (
        <RadioButtonGroup
          name="on-behalf"
          labelText={t('start.onBehalf.label')}
          groupHintText={t('start.onBehalf.hint')}
          value={onBehalf ? 'customer' : 'own'}
          onChange={(value) => setOnBehalf(value === 'customer')}
          mb="l"
        >
          <RadioButton id={`${ID.onBehalf}-own`} value="own">
            {t('start.onBehalf.own')}
          </RadioButton>
          <RadioButton id={`${ID.onBehalf}-customer`} value="customer">
            {t('start.onBehalf.customer')}
          </RadioButton>
        </RadioButtonGroup>
      )}

      {actingOnBehalf ? (
        <TextInput
          id={ID.businessId}
          labelText={<FieldLabel text={t('start.onBehalf.businessId')} required />}
          hintText={t('start.onBehalf.businessIdHint')}
          value={businessId}
          onChange={(value) => setBusinessId(String(value ?? ''))}
          autoComplete="off"
          status={businessIdProblem ? 'error' : 'default'}
          statusText={businessIdProblem ? messages[businessIdProblem].text : undefined}
          mb="l"
        />
      ) : isSubsystem ? (
        organisation && (
          <RelatedChoice
            organisationId={organisation.id}
            relatedId={relatedId}
            onRelated={setRelatedId}
            error={has('related') ? messages.related.text : undefined}
          />
        )
      ) : (
        organisation && (
          <KindChoice
            organisationId={organisation.id}
            permitInterface={serviceForm.interface}
            kind={kind}
            onKind={setKind}
            permitId={permitId}
            onPermit={setPermitId}
            permitError={has('permit') ? messages.permit.text : undefined}
          />
        )
      )}

      {failed && (
        <InlineAlert status="error" role="alert" mb="m">
          {t('start.errors.failed')}
        </InlineAlert>
      )}
      <Button type="submit" disabled={busy}>
        {t('start.submit')}
      </Button>
    </form>
  );
}

function KindChoice({
  organisationId,
  permitInterface,
  kind,
  onKind,
  permitId,
  onPermit,
  permitError,
}: {
  organisationId: string;
  permitInterface: string | null;
  kind: 'new' | 'change';
  onKind: (kind: 'new' | 'change') => void;
  permitId: string;
  onPermit: (permitId: string) => void;
  permitError: string | undefined;
}) {
  const { t } = useTranslation('applications');
  const format = useFormat();
  const permits = useQuery({ ...permitChoicesQuery(organisationId), enabled: kind === 'change' });
  const choices = (permits.data ?? []).filter(
    (permit: PermitSummary) =>
      (permitInterface === null || permit.interface === permitInterface) &&
      (permit.state === undefined || permit.state === 'active' || permit.state === 'terms_pending'),
  );
  return (
    <>
      <RadioButtonGroup
        name="kind"
        labelText={<FieldLabel text={t('start.kind.label')} required />}
        value={kind}
        onChange={(value) => onKind(value === 'change' ? 'change' : 'new')}
        mb="l"
      >
        <RadioButton id={`${ID.kind}-new`} value="new">
          {t('kinds.new')}
        </RadioButton>
        <RadioButton id={`${ID.kind}-change`} value="change" hintText={t('start.kind.changeHint')}>
          {t('kinds.change')}
        </RadioButton>
      </RadioButtonGroup>
      {kind === 'change' &&
        (permits.isPending ? (
          <LoadingSpinner text={t('loading', { ns: 'common' })} mb="l" />
        ) : choices.length === 0 ? (
          <InlineAlert status="warning" mb="l">
            {t('start.kind.noPermits')}
          </InlineAlert>
        ) : (
          <Dropdown
            id={ID.permit}
            name="permit"
            labelText={<FieldLabel text={t('start.kind.permit')} required />}
            visualPlaceholder={t('form.choose')}
            value={permitId || null}
            onChange={(value: string) => onPermit(value)}
            status={permitError ? 'error' : 'default'}
            statusText={permitError}
            mb="l"
          >
            {choices.map((permit) => (
              <DropdownItem key={permit.id} value={permit.id}>
                {t('start.kind.permitOption', {
                  reference: permit.reference ?? permit.id.slice(0, 8),
                  from: format.date(permit.validFrom),
                  until: format.date(permit.validUntil),
                })}
              </DropdownItem>
            ))}
          </Dropdown>
        ))}
    </>
  );
}

/** Sent data-permit applications a subsystem can be linked to: the grant gives it the permit they result in. */
const RELATABLE_STATES = new Set(['submitted', 'in_review', 'info_requested', 'granted']);

function RelatedChoice({
  organisationId,
  relatedId,
  onRelated,
  error,
}: {
  organisationId: string;
  relatedId: string;
  onRelated: (applicationId: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation('applications');
  const applications = useQuery(applicationsQuery(organisationId));
  const choices = (applications.data ?? []).filter(
    (application: ApplicationSummary) =>
      (application.form === 'muutosrajapinta' || application.form === 'vtjkysely') &&
      application.organisation.id === organisationId &&
      application.reference !== null &&
      RELATABLE_STATES.has(application.state),
  );
  if (applications.isPending) return <LoadingSpinner text={t('loading', { ns: 'common' })} mb="l" />;
  if (choices.length === 0) {
    return (
      <InlineAlert status="warning" mb="l">
        {t('start.related.none')}
      </InlineAlert>
    );
  }
  return (
    <Dropdown
      id={ID.related}
      name="related"
      labelText={<FieldLabel text={t('start.related.label')} required />}
      hintText={t('start.related.hint')}
      visualPlaceholder={t('form.choose')}
      value={choices.some((choice) => choice.id === relatedId) ? relatedId : null}
      onChange={(value: string) => onRelated(value)}
      status={error ? 'error' : 'default'}
      statusText={error}
      mb="l"
    >
      {choices.map((application) => (
        <DropdownItem key={application.id} value={application.id}>
          {t('start.related.option', {
            reference: application.reference,
            interface: t(`permit.interfaces.${application.form as 'muutosrajapinta' | 'vtjkysely'}`),
            state: t(`states.${application.state as 'submitted'}`),
          })}
        </DropdownItem>
      ))}
    </Dropdown>
  );
}
