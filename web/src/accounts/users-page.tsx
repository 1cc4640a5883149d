/** /organisations/:organisationId/users: the account's users; main users invite, change roles and remove. */
import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';
import { InviteForm } from './invite-form';
import { MemberList } from './member-list';
import { OrganisationFrame } from './organisation-frame';

export function UsersPage() {
  const { t } = useTranslation('accounts');
  return (
    <OrganisationFrame section="users">
      {({ session, organisation, isMainUser }) => (
        <>
          <MemberList session={session} organisationId={organisation.id} isMainUser={isMainUser} />
          {isMainUser ? (
            <InviteForm session={session} organisationId={organisation.id} />
          ) : (
            <InlineAlert>{t('users.onlyMainUsers')}</InlineAlert>
          )}
        </>
      )}
    </OrganisationFrame>
  );
}
