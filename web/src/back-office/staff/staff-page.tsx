/**
 * Henkilöstö (administrators only): the staff who may log in to the back office, adding one (their subject
 * at DVV's identity provider, name, e-mail, role), changing a role, and ending someone's access.
 */
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import {
  Button,
  Dropdown,
  DropdownItem,
  ErrorSummary,
  Heading,
  LoadingSpinner,
  TextInput,
  VisuallyHidden,
} from 'suomifi-ui-components';
import {
  type StaffMember,
  type StaffRole,
  staffListQuery,
  staffSessionQuery,
  useAddStaff,
  useUpdateStaff,
} from '../../api/back-office';
import { spacing } from '../../ui/tokens';
import { BackOfficePage } from '../layout/back-office-page';
import { ApiErrorAlert } from '../ui/api-error-alert';
import { formatDateTime } from '../ui/format';
import { StatusMessage } from '../ui/status-message';
import { ButtonRow, Section, Table, TableRegion } from '../ui/table';

const ROLES: readonly StaffRole[] = ['handler', 'admin'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function StaffPage() {
  const { t } = useTranslation('backOffice');
  const staff = useQuery(staffListQuery);
  const [status, setStatus] = useState('');
  return (
    <BackOfficePage title={t('staff.title')}>
      <StatusMessage>{status}</StatusMessage>
      <Section aria-labelledby="staff-list">
        <Heading variant="h2" id="staff-list" mb="s">
          {t('staff.listHeading')}
        </Heading>
        {staff.isPending && <LoadingSpinner text={t('loading', { ns: 'common' })} />}
        {staff.isError && <ApiErrorAlert error={staff.error} focus={false} />}
        {staff.data && <StaffTable staff={staff.data} onStatus={setStatus} />}
      </Section>
      <Section aria-labelledby="staff-add">
        <Heading variant="h2" id="staff-add" mb="s">
          {t('staff.add.heading')}
        </Heading>
        <AddStaffForm onAdded={(name) => setStatus(t('staff.add.done', { name }))} />
      </Section>
    </BackOfficePage>
  );
}

function StaffTable({ staff, onStatus }: { staff: StaffMember[]; onStatus: (text: string) => void }) {
  const { t } = useTranslation('backOffice');
  const session = useQuery(staffSessionQuery);
  const update = useUpdateStaff();
  const [confirming, setConfirming] = useState<string>();
  const me = session.data?.staff.id;

  return (
    <>
      <ApiErrorAlert error={update.error} />
      <TableRegion label={t('staff.tableLabel')}>
        <Table>
          <caption>{t('staff.caption', { count: staff.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staff.columns.name')}</th>
              <th scope="col">{t('staff.columns.subject')}</th>
              <th scope="col">{t('staff.columns.role')}</th>
              <th scope="col">{t('staff.columns.lastLogin')}</th>
              <th scope="col">{t('staff.columns.state')}</th>
              <th scope="col">
                <VisuallyHidden>{t('staff.columns.actions')}</VisuallyHidden>
              </th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => {
              const self = member.id === me;
              const disabled = member.disabled;
              return (
                <tr key={member.id}>
                  <td>
                    {member.name}
                    <div>{member.email}</div>
                  </td>
                  <td>
                    <code>{member.subject}</code>
                  </td>
                  <td>
                    {self || disabled ? (
                      t(`roles.${member.role}`)
                    ) : (
                      <Dropdown
                        labelText={t('staff.roleOf', { name: member.name })}
                        labelMode="hidden"
                        value={member.role}
                        disabled={update.isPending}
                        onChange={(role) =>
                          update.mutate(
                            { id: member.id, role: role as StaffRole },
                            {
                              onSuccess: () =>
                                onStatus(
                                  t('staff.roleChanged', {
                                    name: member.name,
                                    role: t(`roles.${role as StaffRole}`),
                                  }),
                                ),
                            },
                          )
                        }
                      >
                        {ROLES.map((role) => (
                          <DropdownItem key={role} value={role}>
                            {t(`roles.${role}`)}
                          </DropdownItem>
                        ))}
                      </Dropdown>
                    )}
                  </td>
                  <td>{formatDateTime(member.lastLoginAt)}</td>
                  <td>
                    {disabled
                      ? t('staff.disabledAt', { date: formatDateTime(member.disabledAt) })
                      : t('staff.enabled')}
                  </td>
                  <td>
                    {!self && !disabled && confirming !== member.id && (
                      <Button variant="secondaryNoBorder" onClick={() => setConfirming(member.id)}>
                        {t('staff.disable')}
                        <VisuallyHidden> {member.name}</VisuallyHidden>
                      </Button>
                    )}
                    {!self && !disabled && confirming === member.id && (
                      <ButtonRow>
                        <Button
                          disabled={update.isPending}
                          onClick={() =>
                            update.mutate(
                              { id: member.id, disabled: true },
                              {
                                onSuccess: () => {
                                  setConfirming(undefined);
                                  onStatus(t('staff.disabled', { name: member.name }));
                                },
                              },
                            )
                          }
                        >
                          {t('staff.confirmDisable', { name: member.name })}
                        </Button>
                        <Button variant="secondaryNoBorder" onClick={() => setConfirming(undefined)}>
                          {t('cancel')}
                        </Button>
                      </ButtonRow>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      </TableRegion>
    </>
  );
}

function AddStaffForm({ onAdded }: { onAdded: (name: string) => void }) {
  const { t } = useTranslation('backOffice');
  const add = useAddStaff();
  const [subject, setSubject] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('handler');
  const [tried, setTried] = useState(0);
  const summary = useRef<HTMLHeadingElement>(null);
  const errors = {
    subject: subject.trim() ? undefined : t('staff.add.subjectRequired'),
    name: name.trim() ? undefined : t('staff.add.nameRequired'),
    email: EMAIL.test(email.trim()) ? undefined : t('staff.add.emailInvalid'),
  };
  const items = [
    ...(errors.subject ? [{ text: errors.subject, inputId: 'staff-subject' }] : []),
    ...(errors.name ? [{ text: errors.name, inputId: 'staff-name' }] : []),
    ...(errors.email ? [{ text: errors.email, inputId: 'staff-email' }] : []),
  ];
  const show = tried > 0;

  useEffect(() => {
    if (tried > 0) summary.current?.focus();
  }, [tried]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (items.length > 0) {
      setTried((n) => n + 1);
      return;
    }
    add.mutate(
      { subject: subject.trim(), name: name.trim(), email: email.trim(), role },
      {
        onSuccess: () => {
          onAdded(name.trim());
          setSubject('');
          setName('');
          setEmail('');
          setRole('handler');
          setTried(0);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      {show && items.length > 0 && (
        <ErrorSummary
          headingText={t('validation.summaryHeading')}
          headingRef={summary}
          headingVariant="h3"
          items={items}
          mb="m"
        />
      )}
      <Grid>
        <TextInput
          id="staff-subject"
          labelText={t('staff.add.subject')}
          hintText={t('staff.add.subjectHint')}
          value={subject}
          onChange={(value) => setSubject(String(value ?? ''))}
          status={show && errors.subject ? 'error' : 'default'}
          statusText={show ? errors.subject : undefined}
          maxLength={200}
        />
        <TextInput
          id="staff-name"
          labelText={t('staff.add.name')}
          value={name}
          onChange={(value) => setName(String(value ?? ''))}
          status={show && errors.name ? 'error' : 'default'}
          statusText={show ? errors.name : undefined}
          maxLength={200}
        />
        <TextInput
          id="staff-email"
          type="email"
          labelText={t('staff.add.email')}
          value={email}
          onChange={(value) => setEmail(String(value ?? ''))}
          status={show && errors.email ? 'error' : 'default'}
          statusText={show ? errors.email : undefined}
          maxLength={320}
        />
        <Dropdown
          labelText={t('staff.add.role')}
          value={role}
          onChange={(value) => setRole(value as StaffRole)}
        >
          {ROLES.map((value) => (
            <DropdownItem key={value} value={value}>
              {t(`roles.${value}`)}
            </DropdownItem>
          ))}
        </Dropdown>
      </Grid>
      <ApiErrorAlert error={add.error} />
      <Button type="submit" disabled={add.isPending}>
        {t('staff.add.submit')}
      </Button>
    </form>
  );
}

const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 250px), 1fr));
  gap: ${spacing.m};
  margin-bottom: ${spacing.m};

  & > * {
    min-width: 0;
  }
`;
