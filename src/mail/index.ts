/**
 * Mail: templates in fi/sv/en, a transactional outbox, and the worker that sends it over SMTP.
 * Operations call `enqueueMail` inside their transaction; `mailPlugin` runs the worker and, outside
 * production, serves the development outbox viewer.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app.js';
import { outboxViewerRoutes } from './routes.js';
import { mailTransport } from './transport.js';
import { startMailWorker } from './worker.js';

export { enqueueMail } from './outbox.js';
export { listOutboxMail, type OutboxMail, type OutboxState } from './queries.js';
export { type MailMessage, renderMail } from './render.js';
export { LANGUAGES, type Language } from './templates/types.js';
export { type MailTransport, mailTransport } from './transport.js';
export { deliverPendingMail, MAX_MAIL_ATTEMPTS, retryDelayMs } from './worker.js';

export async function mailPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  if (deps.config.environment !== 'production') outboxViewerRoutes(app, deps);
  if (deps.config.mailPollSeconds === 0) return;
  const transport = mailTransport(deps.config);
  if (!transport) {
    deps.logger.warn('SMTP_URL is not set: e-mail is kept in the outbox and not sent');
    return;
  }
  const worker = startMailWorker({
    db: deps.db.orm,
    transport,
    clock: deps.clock,
    logger: deps.logger,
    from: deps.config.mailFrom,
    intervalMs: deps.config.mailPollSeconds * 1000,
  });
  app.addHook('onClose', () => worker.stop());
}
