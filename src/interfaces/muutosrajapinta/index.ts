/** VTJ-muutosrajapinta (REST change interface) under /VTJmutpa/api/v1/. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app.js';

export async function muutosrajapintaPlugin(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
