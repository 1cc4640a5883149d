/**
 * /organisations/:organisationId/applications/:applicationId — one application: the form while it can be
 * edited, otherwise the read-only view with what can be done next. The address is the same for the applicant
 * and for a supplier that prepares it; the e-mail asking a customer to approve links here too.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterDomLink, useLocation, useParams } from 'react-router';
import { InlineAlert, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import type { ApplicationView } from '../api/application-types';
import { applicationQuery, formQuery } from '../api/applications';
import { ApiError } from '../api/client';
import { Page } from '../layout/page';
import { ApplicationEditor, type SentTo } from './editor/application-editor';
import { useLocalized } from './localized';
import { Notice } from './notice';
import { RequireMembership } from './require-session';
import { ApplicationFacts } from './view/application-facts';
import { ApplicationReadOnly } from './view/application-view';

type PageNotice = SentTo | 'answered' | 'approved' | 'returned' | 'copied';

export function ApplicationPage() {
  const { organisationId = '', applicationId = '' } = useParams();
  return (
    <RequireMembership organisationId={organisationId}>
      {() => (
        // A new address (a corrected copy opened from its original) is a new page: its own notices and state.
        <ApplicationLoader
          key={applicationId}
          organisationId={organisationId}
          applicationId={applicationId}
        />
      )}
    </RequireMembership>
  );
}

function ApplicationLoader({
  organisationId,
  applicationId,
}: {
  organisationId: string;
  applicationId: string;
}) {
  const { t } = useTranslation('applications');
  const location = useLocation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const copied = (location.state as { copiedFrom?: string } | null)?.copiedFrom !== undefined;
  const [notice, setNotice] = useState<PageNotice | null>(copied ? 'copied' : null);
  const [editorKey, setEditorKey] = useState(0);
  const view = useQuery(applicationQuery(organisationId, applicationId));
  const form = useQuery({ ...formQuery(view.data?.form ?? ''), enabled: view.isSuccess });

  if (view.isError) {
    const missing =
      view.error instanceof ApiError && (view.error.status === 404 || view.error.status === 400);
    return (
      <Page title={missing ? t('notFound.title') : t('loadFailed.title')}>
        <Paragraph mb="m">{missing ? t('notFound.text') : t('loadFailed.text')}</Paragraph>
        <ListLink organisationId={organisationId} />
      </Page>
    );
  }
  if (form.isError) {
    return (
      <Page title={t('loadFailed.title')}>
        <Paragraph>{t('loadFailed.text')}</Paragraph>
      </Page>
    );
  }
  if (view.isPending || form.isPending) return <LoadingSpinner text={t('loading', { ns: 'common' })} />;

  const application = view.data;
  const definition = form.data;

  async function reload() {
    await queryClient.refetchQueries({ queryKey: applicationQuery(organisationId, applicationId).queryKey });
    setEditorKey((key) => key + 1);
  }

  return (
    <Page title={localized(definition.title)}>
      <ListLink organisationId={organisationId} />
      {notice && <PageNoticeView notice={notice} view={application} />}
      <ApplicationFacts view={application} />
      {application.can.edit ? (
        <ApplicationEditor
          key={editorKey}
          definition={definition}
          view={application}
          organisationId={organisationId}
          onSent={(_, to) => setNotice(to)}
          onReload={() => void reload()}
        />
      ) : (
        <ApplicationReadOnly
          definition={definition}
          view={application}
          organisationId={organisationId}
          onNotice={setNotice}
        />
      )}
    </Page>
  );
}

function ListLink({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('applications');
  return (
    <Paragraph mb="m">
      <RouterLink asComponent={RouterDomLink} to={`/organisations/${organisationId}/applications`}>
        {t('list.backToList')}
      </RouterLink>
    </Paragraph>
  );
}

function PageNoticeView({ notice, view }: { notice: PageNotice; view: ApplicationView }) {
  const { t } = useTranslation('applications');
  switch (notice) {
    case 'dvv':
    case 'approved':
      return (
        <Notice heading={t('notices.sent')}>
          {view.reference && <Paragraph>{t('notices.reference', { reference: view.reference })}</Paragraph>}
        </Notice>
      );
    case 'customer':
      return (
        <Notice heading={t('notices.sentToCustomer')}>
          <Paragraph>{t('notices.sentToCustomerText', { customer: view.organisation.name })}</Paragraph>
        </Notice>
      );
    case 'returned':
      return <Notice heading={t('notices.returned')} />;
    case 'answered':
      return <Notice heading={t('notices.answered')} />;
    case 'copied':
      return (
        <InlineAlert status="neutral" mb="l">
          {t('notices.copied')}
        </InlineAlert>
      );
  }
}
