const DIRECTIVE = /^(\s*)\/\/ @(\S+)(?:\s+(\S+))?\s*$/;

/**
 * Turns one statement file into its statements. `// @include filter/town` puts a named part in its
 * place at the line's indentation; `// @page` … `// @count` … `// @end` gives two statements that share
 * the lines around the forms, so a list and its count cannot drift apart.
 */
export function assembleStatements(name: string, text: string, fragments: ReadonlyMap<string, string>): Array<[string, string]> {
  const shared: string[] = [];
  const trailer: string[] = [];
  const forms = new Map<'page' | 'count', string[]>();
  let current = shared;
  for (const [index, line] of text.split('\n').entries()) {
    const directive = DIRECTIVE.exec(line);
    if (!directive) {
      current.push(line);
      continue;
    }
    const [, indent = '', verb, argument] = directive;
    const where = `cypher/${name}.cypher line ${index + 1}`;
    if (verb === 'include' && argument) current.push(...included(argument, indent, fragments, where));
    else if ((verb === 'page' || verb === 'count') && !argument && !forms.has(verb) && current !== trailer) forms.set(verb, (current = []));
    else if (verb === 'end' && !argument && forms.size > 0 && current !== trailer) current = trailer;
    else throw new Error(`${where}: expected '// @include <part>', or '// @page', '// @count' and '// @end' once each in that order; got '${line.trim()}'`);
  }
  if (forms.size === 0) return [[name, shared.join('\n').trim()]];
  if (forms.size !== 2)
    throw new Error(`cypher/${name}.cypher has a ${[...forms.keys()][0]} form without the other; a paged statement needs both '// @page' and '// @count'`);
  return [
    [name, [...shared, ...forms.get('page')!, ...trailer].join('\n').trim()],
    [`${name}Count`, [...shared, ...forms.get('count')!, ...trailer].join('\n').trim()],
  ];
}

// a part is plain Cypher: nesting would hide where a line comes from, so a part cannot include another
function included(part: string, indent: string, fragments: ReadonlyMap<string, string>, where: string): string[] {
  const text = fragments.get(part);
  if (text === undefined)
    throw new Error(
      `${where}: no part cypher/${part}.cypher to include (parts live under ${[...new Set([...fragments.keys()].map((key) => key.split('/')[0]))].join('/, ')}/)`,
    );
  if (text.split('\n').some((line) => DIRECTIVE.test(line)))
    throw new Error(`cypher/${part}.cypher is a part and cannot hold a directive (${where} includes it)`);
  return text.split('\n').map((line) => (line ? indent + line : line));
}
