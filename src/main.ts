import { ConfigError, loadConfig } from './config.js';
import { createApp } from './createApp.js';

/**
 * `npm start`: configuration, Neo4j (the embedded one when NEO4J_URI is unset), schema, the
 * sample corpus on an empty graph, then the HTTP server. Ctrl-C stops all of it cleanly.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  const server = await app.listen();
  console.log(`GraphQL API ready at ${server.url}; playground: ${server.url.replace(/graphql$/, 'playground')} (health: /health, readiness: /ready)`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping...`);
    await server.stop();
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  console.error(`kg failed to start: ${message}`);
  process.exit(1);
});
