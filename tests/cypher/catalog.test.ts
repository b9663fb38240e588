import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCypherCatalog } from '../../src/cypher/loadCypherCatalog.js';
import * as filterParams from '../../src/data/filterParams.js';
import { LIMITS } from '../../src/data/traversal.js';

const CYPHER = 'cypher';
const files = readdirSync(CYPHER, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.cypher'))
  .sort();
const catalog = loadCypherCatalog();

// a throwaway cypher/ folder, so each rule of assembly is checked on a statement made for it
function catalogOf(tree: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'kg-cypher-'));
  for (const [name, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return loadCypherCatalog(dir);
}

describe('statement assembly', () => {
  it("puts an included part in place at the include line's indentation", () => {
    const { statements } = catalogOf({
      'filter/x.cypher': 'WHERE n.a = $filter.a\n  AND n.b = $filter.b\n',
      'thing/list.cypher': 'MATCH (n)\nCALL (n) {\n  // @include filter/x\n  RETURN n\n}\nRETURN n\n',
    });
    expect(statements.get('thing/list')).toBe('MATCH (n)\nCALL (n) {\n  WHERE n.a = $filter.a\n    AND n.b = $filter.b\n  RETURN n\n}\nRETURN n');
    expect(statements.has('filter/x')).toBe(false);
  });

  it('makes a page and a count statement from one file, sharing the lines around the forms', () => {
    const { statements } = catalogOf({
      'thing/list.cypher':
        '// a comment\nUNWIND $keys AS key\nCALL {\n  // @page\n  RETURN collect(1) AS result\n  // @count\n  RETURN count(1) AS result\n  // @end\n}\nRETURN key, result\n',
    });
    expect(statements.get('thing/list')).toBe('// a comment\nUNWIND $keys AS key\nCALL {\n  RETURN collect(1) AS result\n}\nRETURN key, result');
    expect(statements.get('thing/listCount')).toBe('// a comment\nUNWIND $keys AS key\nCALL {\n  RETURN count(1) AS result\n}\nRETURN key, result');
  });

  it.each([
    [{ 'thing/a.cypher': 'MATCH (n)\n// @include filter/none\nRETURN n' }, /cypher\/thing\/a\.cypher line 2: no part cypher\/filter\/none\.cypher/],
    [{ 'thing/a.cypher': 'MATCH (n)\n// @page\nRETURN n' }, /page form without the other/],
    [{ 'thing/a.cypher': 'MATCH (n)\n// @count\nRETURN 1\n// @page\nRETURN n\n// @count\nRETURN 2' }, /line 6: expected/],
    [{ 'thing/a.cypher': 'MATCH (n)\n// @end\nRETURN n' }, /line 2: expected/],
    [{ 'thing/a.cypher': 'MATCH (n)\n// @includ filter/x\nRETURN n', 'filter/x.cypher': 'WHERE true' }, /line 2: expected .*got '\/\/ @includ filter\/x'/],
    [
      { 'thing/a.cypher': 'MATCH (n)\n// @include filter/x\nRETURN n', 'filter/x.cypher': '// @include filter/y\nWHERE true', 'filter/y.cypher': 'WHERE true' },
      /filter\/x\.cypher is a part and cannot hold a directive/,
    ],
    [{ 'thing/a.cypher': '  \n' }, /is empty/],
  ])('stops start-up on a malformed file, saying where (%#)', (tree, message) => {
    expect(() => catalogOf(tree)).toThrow(message);
  });

  it('names a missing statement, and says where a Count name comes from', () => {
    expect(() => catalog.require(['town/list', 'town/nope', 'town/nopeCount'])).toThrow(/town\/nope, town\/nopeCount .*Count is the \/\/ @count form/);
  });
});

describe('the cypher/ folder', () => {
  // a Cypher line, as a reader sees it: comments and include/form directives are not Cypher
  const cypherLines = (file: string) =>
    readFileSync(join(CYPHER, file), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('//'));

  it('has no block of six Cypher lines copied into more than two files', () => {
    const filesOf = new Map<string, Set<string>>();
    for (const file of files) {
      const lines = cypherLines(file);
      for (let i = 0; i + 6 <= lines.length; i++) {
        const block = lines.slice(i, i + 6).join('\n');
        filesOf.set(block, (filesOf.get(block) ?? new Set()).add(file));
      }
    }
    const copied = [...filesOf].filter(([, where]) => where.size > 2).map(([block, where]) => `${[...where].join(', ')}:\n${block}`);
    expect(copied).toEqual([]);
  });

  it('runs every statement by a name written out in src/ (schema statements run as a folder, in order)', () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const code = sources.map((file) => readFileSync(join('src', file), 'utf8')).join('\n');
    const unnamed = [...catalog.statements.keys()].filter((name) => !name.startsWith('schema/') && !code.includes(`'${name}'`));
    expect(unnamed).toEqual([]);
  });

  // the filter parts and filterParams.ts are two halves of one contract: a key one side lacks is a
  // filter that silently matches everything, or a statement that fails on a missing map key; a
  // statement that includes the part may read a key itself (listNamed seeks an index with filter.lookup)
  it.each(files.filter((file) => file.startsWith('filter/')))('%s reads exactly the keys its filterParams builds', (file) => {
    const kind = file.replace(/^filter\/|\.cypher$/g, '');
    const build = (filterParams as Record<string, unknown>)[`${kind}FilterParams`] as (filter: null) => Record<string, unknown>;
    expect(build, `src/data/filterParams.ts has no ${kind}FilterParams`).toBeTypeOf('function');
    const keysIn = (text: string) => [...text.matchAll(/\$filter\.(\w+)/g)].map((match) => match[1]);
    const part = new Set(keysIn(readFileSync(join(CYPHER, file), 'utf8')));
    const includers = files.map((other) => readFileSync(join(CYPHER, other), 'utf8')).filter((text) => text.includes(`@include filter/${kind}\n`));
    const read = new Set([...part, ...includers.flatMap(keysIn)]);
    expect([...read].sort()).toEqual(Object.keys(build(null)).sort());
    expect([...part].filter((key) => !(key in build(null)))).toEqual([]);
  });

  // Cypher takes no parameter in a variable-length pattern, so the bound is written in the statements
  // too: they, the traversal limits and the schema's documentation must name the same number
  it('bounds paths by the one hop limit the API checks and documents', () => {
    const max = LIMITS.maxHops.max;
    for (const name of ['traversal/shortestPath', 'traversal/allShortestPaths'])
      expect(
        [...catalog.statements.get(name)!.matchAll(/\[\*\.\.(\d+)\]/g)].map((m) => Number(m[1])),
        name,
      ).toEqual([max]);
    expect(readFileSync('schema.graphql', 'utf8')).toContain(`at most \`maxHops\` (1–${max}) long`);
  });
});
