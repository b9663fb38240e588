import type { AbstractGraph } from 'graphology-types';

// the widening order of GEXF's number types
const NUMBERS = ['integer', 'long', 'double'];

/**
 * The type GEXF declares for each node and edge attribute, inferred as graphology-gexf did (integer
 * up to 32 bits, then long, double, boolean, string), so Gephi sorts and filters numbers as numbers.
 * An attribute seen with types no number type covers is declared string; empty values tell nothing.
 */
export function gexfAttributeTypes(graph: AbstractGraph): { node: Map<string, string>; edge: Map<string, string> } {
  const types = { node: new Map<string, string>(), edge: new Map<string, string>() };
  const note = (declared: Map<string, string>, attributes: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(attributes)) {
      if (value !== '') declared.set(name, merge(declared.get(name), typeOf(value)));
    }
  };
  graph.forEachNode((_node, attributes) => note(types.node, attributes));
  graph.forEachEdge((_edge, attributes) => note(types.edge, attributes));
  return types;
}

function merge(seen: string | undefined, type: string): string {
  if (seen === undefined || seen === type) return type;
  const [a, b] = [NUMBERS.indexOf(seen), NUMBERS.indexOf(type)];
  return a >= 0 && b >= 0 ? NUMBERS[Math.max(a, b)]! : 'string';
}

function typeOf(value: unknown): string {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value !== 'number') return 'string';
  if (!Number.isInteger(value)) return 'double';
  return Math.abs(value) <= 0x7fffffff ? 'integer' : 'long';
}
