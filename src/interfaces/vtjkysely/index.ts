/** VTJkysely (SOAP query interface): /SoSo/soso.asmx (direct) and /VTJkysely (X-Road). */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app.js';

export async function vtjkyselyPlugin(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
