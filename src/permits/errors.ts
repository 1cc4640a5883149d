/** The permit lifecycle's error codes. */
import { conflict, notFound } from '../errors.js';

export const permitNotFound = () => notFound('permit_not_found', 'No such permit');
export const termsDeadlinePassed = () =>
  conflict('terms_deadline_passed', 'The deadline for accepting the terms has passed; the permit lapses');
export const decisionNotFound = () => notFound('decision_not_found', 'No such decision');
