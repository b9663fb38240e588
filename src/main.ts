import { createServer as createNetServer } from 'node:net';
import { loadConfig } from './config.js';
import { createApp } from './createApp.js';

/**
 * `npm start`: configuration, Neo4j (the embedded one when NEO4J_URI is unset), schema, the
 * sample corpus on an empty graph, then the HTTP server. Ctrl-C stops all of it cleanly.
 */
const STOP_DEADLINE_MS = 45_000;

async function main(): Promise<void> {
  const config = loadConfig();
  // a port in use would otherwise be found only after Neo4j had been started for nothing
  await assertPortFree(config.host, config.port);
  const app = await createApp(config);
  const server = await app.listen();
  console.log(
    `GraphQL API ready at ${server.url}; playground: ${server.url.replace(/graphql$/, 'playground')}, explorer: ${server.url.replace(/graphql$/, 'explore')} (health: /health, readiness: /ready)`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    // a second Ctrl-C, or a stop that hangs, exits at once: the local Neo4j watches our stdin and
    // shuts itself down cleanly when we are gone
    if (stopping) process.exit(1);
    stopping = true;
    console.error(`\n${signal}: stopping (Ctrl-C again to exit at once)...`);
    setTimeout(() => process.exit(1), STOP_DEADLINE_MS).unref();
    await server.stop();
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `PORT ${port} on ${host} is already in use (is kg already running? set PORT to another port)`
            : `cannot listen on ${host}:${port}: ${error.message}`,
        ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`kg failed to start: ${message}`);
  process.exit(1);
});
