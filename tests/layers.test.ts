import madge from 'madge';
import { describe, expect, it } from 'vitest';

// bottom to top: a folder may import only from folders before it (types/ declares untyped packages). The root files sit at both ends:
// config.ts is read by everything, createApp.ts and main.ts put everything together
const LAYERS = [
  'types',
  'config',
  'concurrency',
  'errors',
  'cypher',
  'neo4j',
  'analysis',
  'ingest',
  'data',
  'export',
  'context',
  'generated',
  'resolvers',
  'server',
  'cli',
  'app',
];

const layerOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file === 'config.ts' ? 'config' : 'app');

describe('the import graph of src/', async () => {
  // type-only imports count: a cycle of types is still two files that cannot be read one after the other
  const graph = await madge('src', { fileExtensions: ['ts'], detectiveOptions: { ts: { skipTypeImports: false } } });
  const imports = graph.obj();

  it('has no cycle between files', () => {
    expect(graph.circular()).toEqual([]);
    expect(Object.keys(imports).length).toBeGreaterThan(140);
  });

  it('points one way between folders, from the layer that serves down to the one it uses', () => {
    const upward = Object.entries(imports).flatMap(([file, deps]) =>
      deps.filter((dep) => LAYERS.indexOf(layerOf(dep)) > LAYERS.indexOf(layerOf(file))).map((dep) => `${file} → ${dep}`),
    );
    expect(upward).toEqual([]);
    expect(new Set(Object.keys(imports).map(layerOf))).toEqual(new Set(LAYERS));
  });

  it('keeps the data modules off the ingestion pipeline and the CLI', () => {
    const reaching = Object.entries(imports)
      .filter(([file]) => file.startsWith('data/'))
      .flatMap(([file, deps]) => deps.filter((dep) => /^(ingest|cli)\//.test(dep)).map((dep) => `${file} → ${dep}`));
    expect(reaching).toEqual([]);
  });
});
