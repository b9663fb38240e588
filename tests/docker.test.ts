import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// no Docker engine runs here: Debian's docker-compose (installed by .ci/run) validates the file
function composeConfig(): string {
  return execFileSync('docker-compose', ['config'], { encoding: 'utf8', env: { PATH: process.env.PATH, NEO4J_PASSWORD: 'compose-test-pw' } });
}

describe('the Docker path', () => {
  it('docker-compose.yml is valid: Neo4j 5.26 with APOC and a healthcheck, the API waiting for it', () => {
    const config = composeConfig();
    expect(config).toContain('image: neo4j:5.26-community');
    expect(config).toContain(`NEO4J_PLUGINS: '["apoc"]'`);
    expect(config).toContain('NEO4J_AUTH: neo4j/compose-test-pw');
    expect(config).toMatch(/NEO4J_server_memory_heap_max__size: \d+[mg]/);
    expect(config).toMatch(/NEO4J_server_memory_pagecache_size: \d+[mg]/);
    expect(config).toMatch(/healthcheck:\n\s+interval/);
    expect(config).toMatch(/depends_on:\n\s+neo4j:\n\s+condition: service_healthy/);
    expect(config).toContain('NEO4J_URI: bolt://neo4j:7687');
    expect(config).toContain('NEO4J_PASSWORD: compose-test-pw');
  });

  it('the Dockerfile builds and runs the same artifact as npm start', () => {
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    const started = /node (\S+)$/.exec(scripts.start!)?.[1];
    expect(started).toBe('dist/src/main.js');
    expect(scripts.start).toMatch(/^npm run build && /);
    expect(dockerfile).toContain('RUN npm run build');
    expect(dockerfile).toContain(`CMD ["node", "${started}"]`);
    for (const runtimeInput of ['schema.graphql', 'examples', 'cypher', 'data']) expect(dockerfile).toMatch(new RegExp(`COPY ${runtimeInput} `));
  });
});
