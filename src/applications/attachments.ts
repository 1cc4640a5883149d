/**
 * Attachments: what a file is, judged from its content (never from its name or the browser's claim), a safe
 * file name, and the rules of uploading and removing. Accepted: PDF, PNG, JPEG, GIF, TIFF, Office Open XML
 * (docx, xlsx, pptx), OpenDocument text and spreadsheets, and plain text — only when the bytes are valid
 * UTF-8 with no control characters other than tab, line feed, carriage return and form feed. Everything else
 * (executables, archives, HTML, SVG and other XML, scripts) is refused with 415.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import type { Sql } from '../db/index.js';
import type { Actor } from '../identity/index.js';
import { type ApplicationAccess, EDITABLE_FOR } from './authorize.js';
import {
  alreadyAnswered,
  applicantOnly,
  attachmentNotFound,
  emptyFile,
  infoRequestNotFound,
  notEditable,
  tooManyAttachments,
  unknownAttachmentField,
  unsupportedMediaType,
} from './errors.js';
import { formDefinition } from './forms/index.js';
import { infoRequestField } from './info-requests.js';
import type { AttachmentMeta } from './model.js';
import * as q from './queries.js';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Files one answer to a request for information may carry. */
const MAX_ANSWER_FILES = 20;

interface Kind {
  mediaType: string;
  /** The extension a saved file gets; the first is used when the name's own does not fit. */
  extensions: readonly string[];
}

const ACCEPTED: ReadonlyMap<string, Kind> = new Map(
  (
    [
      ['application/pdf', ['pdf']],
      ['image/png', ['png']],
      ['image/jpeg', ['jpg', 'jpeg', 'jpe']],
      ['image/gif', ['gif']],
      ['image/tiff', ['tif', 'tiff']],
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', ['docx']],
      ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ['xlsx']],
      ['application/vnd.openxmlformats-officedocument.presentationml.presentation', ['pptx']],
      ['application/vnd.oasis.opendocument.text', ['odt']],
      ['application/vnd.oasis.opendocument.spreadsheet', ['ods']],
    ] as const
  ).map(([mediaType, extensions]) => [mediaType, { mediaType, extensions }]),
);
const TEXT: Kind = {
  mediaType: 'text/plain',
  extensions: ['txt', 'csv', 'tsv', 'pem', 'crt', 'cer', 'csr', 'md', 'log'],
};

/** What the bytes are, or undefined when the kind is not accepted. */
export async function detectKind(content: Buffer): Promise<Kind | undefined> {
  const detected = await fileTypeFromBuffer(content);
  if (detected) return ACCEPTED.get(detected.mime);
  return isPlainText(content) ? TEXT : undefined;
}

/** Control characters other than tab, line feed, form feed and carriage return. */
const CONTROL = /[^\P{Cc}\t\n\f\r]/u;
function isPlainText(content: Buffer): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    return !CONTROL.test(text);
  } catch {
    return false;
  }
}

/**
 * A file name that is safe to store and to offer back: the last path segment, without control, bidi-override
 * or reserved characters, at most 150 characters, with an extension that matches what the content is.
 */
export function sanitiseFileName(name: string | undefined, kind: Kind): string {
  let base = (name ?? '').normalize('NFC');
  base = base.slice(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
  base = base
    // Control and format characters: bidi overrides could disguise an extension.
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[<>:"/\\|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const ext = path.extname(base).slice(1).toLowerCase();
  let stem = ext ? base.slice(0, -(ext.length + 1)) : base;
  let extension = ext;
  if (!kind.extensions.includes(ext)) {
    // A known extension of another kind is replaced ("kuva.pdf" that is a PNG becomes "kuva.png"); any other is kept in the name.
    const otherKnown = [...ACCEPTED.values(), TEXT].some((k) => k.extensions.includes(ext));
    if (!otherKnown) stem = base;
    extension = kind.extensions[0] as string;
  }
  stem = stem.replace(/[\s.]+$/g, '').slice(0, 150 - extension.length - 1) || 'liite';
  return `${stem}.${extension}`;
}

export interface UploadedFile {
  fileName: string | undefined;
  content: Buffer;
}

/** Checks the target, detects the content, stores the file. */
export async function uploadAttachment(
  tx: Sql,
  actor: Actor,
  access: ApplicationAccess,
  field: string,
  file: UploadedFile,
  now: Date,
): Promise<AttachmentMeta> {
  const { application, side } = access;
  let infoRequestId: string | null = null;
  let max: number;
  if (field.startsWith('info-request:')) {
    if (side !== 'applicant') throw applicantOnly();
    const requestId = field.slice('info-request:'.length);
    const request = /^[0-9a-f-]{36}$/i.test(requestId)
      ? (await q.listInfoRequests(tx, application.id)).find((r) => r.id === requestId)
      : undefined;
    if (!request) throw infoRequestNotFound();
    if (request.answeredAt !== null) throw alreadyAnswered();
    if (application.state !== 'info_requested') throw notEditable(application.state);
    infoRequestId = request.id;
    field = infoRequestField(request.id);
    max = MAX_ANSWER_FILES;
  } else {
    const target = formDefinition(application.form)
      .sections.flatMap((s) => s.fields)
      .find((f) => f.id === field && f.kind === 'attachments');
    if (target?.kind !== 'attachments') throw unknownAttachmentField();
    if (application.state !== EDITABLE_FOR[side]) throw notEditable(application.state);
    max = target.maxFiles ?? 20;
  }
  if ((await q.countAttachments(tx, application.id, field)) >= max) throw tooManyAttachments(max);
  if (file.content.length === 0) throw emptyFile();
  const kind = await detectKind(file.content);
  if (!kind) throw unsupportedMediaType();
  return q.insertAttachment(
    tx,
    {
      applicationId: application.id,
      infoRequestId,
      field,
      fileName: sanitiseFileName(file.fileName, kind),
      mediaType: kind.mediaType,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      content: file.content,
      uploadedBy: actor.userId,
    },
    now,
  );
}

/** Removes a file while it can still change: from an editable draft, or from an unanswered request's answer. */
export async function deleteAttachment(
  tx: Sql,
  access: ApplicationAccess,
  attachmentId: string,
  now: Date,
): Promise<void> {
  const { application, side } = access;
  const attachment = await q.getAttachment(tx, application.id, attachmentId);
  if (!attachment) throw attachmentNotFound();
  if (attachment.infoRequestId !== null) {
    if (side !== 'applicant') throw applicantOnly();
    const request = (await q.listInfoRequests(tx, application.id)).find(
      (r) => r.id === attachment.infoRequestId,
    );
    if (request?.answeredAt !== null || application.state !== 'info_requested')
      throw notEditable(application.state);
  } else if (application.state !== EDITABLE_FOR[side]) {
    throw notEditable(application.state);
  }
  if (!(await q.updateAttachmentDeleted(tx, application.id, attachmentId, now))) throw attachmentNotFound();
}

/** A file to download: a live one, or one removed from the draft that a sent version lists. */
export async function readAttachment(tx: Sql, access: ApplicationAccess, attachmentId: string) {
  const file = await q.getAttachmentFile(tx, access.application.id, attachmentId);
  if (!file) throw attachmentNotFound();
  if (file.deleted && !(await q.isAttachmentInVersion(tx, access.application.id, attachmentId)))
    throw attachmentNotFound();
  return file;
}

/** Content-Disposition for a download: an ASCII fallback and the exact name in RFC 5987 form. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
