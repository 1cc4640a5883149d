/**
 * Attachments of one field (or of an answer to an information request): the Suomi.fi file input with the
 * files already uploaded (a link downloads, a button deletes), files being uploaded (with their progress,
 * also told to screen readers) and files that failed (why, and a button to clear them).
 */
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ControlledFileItem, FileInput, Paragraph, VisuallyHidden } from 'suomifi-ui-components';
import type { Attachment } from '../../api/application-types';
import {
  ApplicationApiError,
  applicationsApi,
  attachmentUrl,
  uploadAttachment,
  useCsrfToken,
} from '../../api/applications';
import { useFormat } from '../format';
import { useSmallScreen } from '../small-screen';

/** The server refuses larger files (413); checked here first so that nothing is sent in vain. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

interface Upload {
  key: number;
  file: File;
  progress: number;
  error?: string;
  abort?: AbortController;
}

export interface AttachmentUploaderProps {
  id: string;
  label: ReactNode;
  hint?: string;
  organisationId: string;
  applicationId: string;
  /** The attachment's `field` on the server. */
  field: string;
  attachments: readonly Attachment[];
  onUploaded: (attachment: Attachment) => void;
  onDeleted: (attachmentId: string) => void;
  status?: 'default' | 'error';
  statusText?: string | undefined;
  /** No more files than this. */
  maxFiles?: number | undefined;
}

let nextKey = 0;

export function AttachmentUploader(props: AttachmentUploaderProps) {
  const { t } = useTranslation('applications');
  const format = useFormat();
  const csrfToken = useCsrfToken();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [deleteError, setDeleteError] = useState<string>();
  const { organisationId, applicationId } = props;

  function errorText(error: unknown): string {
    if (error instanceof ApplicationApiError) {
      if (error.status === 413) return t('attachments.errors.tooLarge');
      if (error.status === 415) return t('attachments.errors.unsupportedType');
      if (error.code === 'illegal_transition') return t('attachments.errors.notEditable');
    }
    return t('attachments.errors.failed');
  }

  function forget(key: number) {
    setUploads((current) => current.filter((candidate) => candidate.key !== key));
  }

  function setUpload(key: number, change: Partial<Upload>) {
    setUploads((current) =>
      current.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)),
    );
  }

  async function upload(file: File) {
    const key = nextKey++;
    if (file.size > MAX_FILE_BYTES) {
      setUploads((current) => [
        ...current,
        { key, file, progress: 0, error: t('attachments.errors.tooLarge') },
      ]);
      setAnnouncement(t('attachments.failedAnnouncement', { name: file.name }));
      return;
    }
    const abort = new AbortController();
    setUploads((current) => [...current, { key, file, progress: 0, abort }]);
    setAnnouncement(t('attachments.uploading', { name: file.name, percent: 0 }));
    try {
      const attachment = await uploadAttachment(csrfToken, organisationId, applicationId, props.field, file, {
        onProgress: (progress) => setUpload(key, { progress }),
        signal: abort.signal,
      });
      forget(key);
      props.onUploaded(attachment);
      setAnnouncement(t('attachments.uploaded', { name: file.name }));
    } catch (error) {
      if (abort.signal.aborted) {
        forget(key);
        setAnnouncement(t('attachments.cancelled', { name: file.name }));
        return;
      }
      setUpload(key, { error: errorText(error) });
      setAnnouncement(t('attachments.failedAnnouncement', { name: file.name }));
    }
  }

  async function remove(attachment: Attachment) {
    setDeleteError(undefined);
    try {
      await applicationsApi.deleteAttachment(csrfToken, organisationId, applicationId, attachment.id);
      props.onDeleted(attachment.id);
      setAnnouncement(t('attachments.deleted', { name: attachment.fileName }));
    } catch (error) {
      setDeleteError(t('attachments.errors.deleteFailed', { name: attachment.fileName }));
      setAnnouncement(errorText(error));
    }
  }

  const items: ControlledFileItem[] = [
    ...props.attachments.map((attachment) => ({
      metadata: {
        id: attachment.id,
        fileName: attachment.fileName,
        fileSize: attachment.size,
        fileType: attachment.mediaType,
      },
      fileURL: attachmentUrl(organisationId, applicationId, attachment.id),
      buttonText: t('attachments.delete'),
      buttonOnClick: () => void remove(attachment),
    })),
    ...uploads.map(
      (upload): ControlledFileItem =>
        upload.error
          ? {
              file: upload.file,
              status: 'error',
              errorText: upload.error,
              buttonText: t('attachments.clear'),
              buttonOnClick: () => forget(upload.key),
            }
          : {
              file: upload.file,
              status: 'loading',
              ariaLoadingText: t('attachments.uploading', {
                name: upload.file.name,
                percent: upload.progress,
              }),
              buttonText: t('attachments.cancel'),
              buttonOnClick: () => upload.abort?.abort(),
            },
    ),
  ];

  const inProgress = uploads.filter((upload) => !upload.error);
  const full = props.maxFiles !== undefined && props.attachments.length >= props.maxFiles;
  const smallScreen = useSmallScreen();
  const hint = [
    // A field's own help names the limits already; otherwise the size limit is said here.
    props.hint ?? t('attachments.hint', { size: format.fileSize(MAX_FILE_BYTES) }),
    props.maxFiles !== undefined ? t('attachments.maxFiles', { count: props.maxFiles }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <>
      <FileInput
        id={props.id}
        labelText={props.label}
        hintText={hint}
        inputButtonText={t('attachments.choose')}
        dragAreaText={t('attachments.dragArea')}
        removeFileText={t('attachments.delete')}
        addedFileAriaText={t('attachments.addedFile')}
        multiFile
        multiFileListHeadingText={t('attachments.listHeading')}
        filePreview
        value={items}
        onChange={(files) => {
          // The list given is the files shown that are not yet uploaded (the ones in progress or failed,
          // in order) followed by the newly chosen ones: only those are new.
          for (const file of Array.from(files).slice(uploads.length)) void upload(file);
        }}
        status={props.status === 'error' || deleteError ? 'error' : 'default'}
        statusText={props.statusText ?? deleteError}
        disabled={full}
        smallScreen={smallScreen}
        fullWidth
        mb="xs"
      />
      {inProgress.length > 0 && (
        <Paragraph mb="xs">
          {inProgress
            .map((upload) => t('attachments.uploading', { name: upload.file.name, percent: upload.progress }))
            .join(' ')}
        </Paragraph>
      )}
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
    </>
  );
}
