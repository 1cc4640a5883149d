/** GET /api/demo-world: the demo world as JSON (demo mode only; production never registers this route). */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/index.js';
import { notFound } from '../errors.js';
import { describeDemoWorld } from './world.js';

export function demoRoutes(app: FastifyInstance, deps: { config: Config; db: Database }): void {
  app.get('/api/demo-world', async () => {
    const world = await describeDemoWorld(deps.db, deps.config);
    if (!world) throw notFound('no_demo_world', 'This database has no demo world');
    return world;
  });
}
