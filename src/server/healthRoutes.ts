import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import type { DatabaseHealth } from '../neo4j/databaseHealth.js';
import { describeNeo4jError } from '../errors/describeNeo4jError.js';

/**
 * `/health` says the process is up, and what the service knows of the database (up, down,
 * restarting, and since when); `/ready` says Neo4j answers right now, so an orchestrator
 * routes traffic away during an outage and back after it, without restarting the API.
 */
export function healthRoutes({ driver, database, health }: { driver: Driver; database: string | undefined; health?: DatabaseHealth }): Router {
  const router = Router();
  // the process is alive (200) whatever the database does; the body says how the database is
  router.get('/health', (_req, res) => {
    const db = health?.status();
    res.json({ status: !db || db.state === 'up' ? 'ok' : 'degraded', uptimeSeconds: Math.round(process.uptime()), ...(db ? { database: db } : {}) });
  });
  router.get('/ready', async (_req, res) => {
    const started = Date.now();
    try {
      const info = await withTimeout(driver.getServerInfo({ database }), 3_000);
      res.json({ ready: true, neo4j: { address: info.address, agent: info.agent }, latencyMs: Date.now() - started });
    } catch (error) {
      res.status(503).json({ ready: false, reason: describeNeo4jError(error) });
    }
  });
  return router;
}

// the driver's own connection timeout is for queries; a probe must answer faster than a load balancer gives up
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms} ms`), { code: 'ServiceUnavailable' })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
