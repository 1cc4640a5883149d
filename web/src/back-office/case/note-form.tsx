/** An internal note on the case: seen by DVV's staff only, never by the customer. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textarea } from 'suomifi-ui-components';
import { useAddNote } from '../../api/back-office';
import { ApiErrorAlert } from '../ui/api-error-alert';
import { StatusMessage } from '../ui/status-message';

const MAX = 5000;

export function NoteForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation('backOffice');
  const addNote = useAddNote(caseId);
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const missing = tried && text.trim() === '';

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setSaved(false);
    if (text.trim() === '' || addNote.isPending) return;
    addNote.mutate(text.trim(), {
      onSuccess: () => {
        setText('');
        setTried(false);
        setSaved(true);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Textarea
        labelText={t('case.note.label')}
        hintText={t('case.note.hint')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        status={missing ? 'error' : 'default'}
        statusText={missing ? t('case.note.required') : undefined}
        maxLength={MAX}
        fullWidth
        mb="s"
      />
      <ApiErrorAlert error={addNote.error} />
      <Button type="submit" variant="secondary" disabled={addNote.isPending}>
        {t('case.note.submit')}
      </Button>
      <StatusMessage>{saved ? t('case.note.saved') : ''}</StatusMessage>
    </form>
  );
}
