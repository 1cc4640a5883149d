/**
 * Autosave of a draft: a change is saved after a pause in typing (PUT …/content with the revision it
 * edited). Saves never overlap; a change made during a save is saved after it. A stale revision
 * (409 revision_conflict) stops saving until the person chooses what to keep: their answers stay on screen.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ValidationIssue } from '../../api/application-types';
import { ApplicationApiError, applicationsApi } from '../../api/applications';
import type { Answers } from '../form/conditions';

export type SaveStatus =
  /** Nothing changed since the page was opened. */
  | 'idle'
  /** Changed, waiting for a pause. */
  | 'pending'
  | 'saving'
  | 'saved'
  | 'failed'
  /** Someone (another window or user) saved after this page read the draft. */
  | 'conflict'
  /** The application is no longer editable (sent meanwhile). */
  | 'locked';

export const AUTOSAVE_DELAY_MS = 1200;

interface Options {
  csrfToken: string;
  organisationId: string;
  applicationId: string;
  revision: number;
  onIssues: (issues: ValidationIssue[]) => void;
}

export interface Autosave {
  status: SaveStatus;
  savedAt: Date | null;
  /** A change: saved after a pause. */
  change: (answers: Answers) => void;
  /** Saves now what is unsaved; true when everything is saved. */
  flush: () => Promise<boolean>;
  /** After a conflict: save these answers over the newer ones, as the given revision. */
  overwrite: (answers: Answers, revision: number) => Promise<boolean>;
}

export function useAutosave(options: Options): Autosave {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const latest = useRef<Answers | null>(null);
  const dirty = useRef(false);
  const revision = useRef(options.revision);
  const blocked = useRef<SaveStatus | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const running = useRef<Promise<boolean> | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const saveOnce = useCallback(async (): Promise<boolean> => {
    if (blocked.current) return false;
    if (!dirty.current || latest.current === null) return true;
    const answers = latest.current;
    dirty.current = false;
    setStatus('saving');
    const { csrfToken, organisationId, applicationId, onIssues } = optionsRef.current;
    try {
      const result = await applicationsApi.saveContent(csrfToken, organisationId, applicationId, {
        content: answers,
        revision: revision.current,
      });
      revision.current = result.revision;
      onIssues(result.issues);
      if (!dirty.current) {
        setStatus('saved');
        setSavedAt(new Date());
      }
      return true;
    } catch (error) {
      dirty.current = true;
      if (error instanceof ApplicationApiError && error.code === 'revision_conflict') {
        blocked.current = 'conflict';
        setStatus('conflict');
      } else if (error instanceof ApplicationApiError && error.code === 'illegal_transition') {
        blocked.current = 'locked';
        setStatus('locked');
      } else {
        setStatus('failed');
      }
      return false;
    }
  }, []);

  /** Saves until nothing is unsaved, one request at a time. */
  const save = useCallback(async (): Promise<boolean> => {
    while (running.current) await running.current;
    const run = (async () => {
      let ok = await saveOnce();
      while (ok && dirty.current) ok = await saveOnce();
      return ok;
    })();
    running.current = run;
    try {
      return await run;
    } finally {
      running.current = null;
    }
  }, [saveOnce]);

  const change = useCallback(
    (answers: Answers) => {
      latest.current = answers;
      dirty.current = true;
      if (blocked.current) return;
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [save],
  );

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (blocked.current) return false;
    return save();
  }, [save]);

  const overwrite = useCallback(
    async (answers: Answers, newRevision: number) => {
      clearTimeout(timer.current);
      revision.current = newRevision;
      latest.current = answers;
      dirty.current = true;
      blocked.current = null;
      return save();
    },
    [save],
  );

  // A save still waiting when the page is left (a link, "back") is sent at once.
  useEffect(
    () => () => {
      if (dirty.current && !blocked.current) {
        clearTimeout(timer.current);
        void save();
      }
    },
    [save],
  );

  // Closing the tab with unsaved changes: the browser asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current || running.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  return { status, savedAt, change, flush, overwrite };
}
