// attributes one by one, since xml-writer escapes " and < in a value but leaves > as it is
const ATTRIBUTES = String.raw`((?:\s+[\w:.-]+="[^"]*")*)`;
const ATTRIBUTE = /([\w:.-]+)="([^"]*)"/g;
const ATTVALUE = new RegExp(String.raw`<attvalue${ATTRIBUTES}\s*/>`, 'g');
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The `<node>` or `<edge>` elements of a GEXF document read as text: the XML attributes of each
 * (id, source, start, end…) and its attvalues by name, since graphology-gexf's parser drops the
 * dynamic start and end. Enough for the documents writeGexf writes, not for any XML.
 */
export function gexfElements(doc: string, tag: 'node' | 'edge'): { xml: Record<string, string>; values: Record<string, string> }[] {
  const element = new RegExp(String.raw`<${tag}${ATTRIBUTES}\s*(?:/>|>([\s\S]*?)</${tag}>)`, 'g');
  return [...doc.matchAll(element)].map(([, attributes = '', body = '']) => ({
    xml: attributesOf(attributes),
    values: Object.fromEntries([...body.matchAll(ATTVALUE)].map(([, attvalue = '']) => attributesOf(attvalue)).map(({ for: name, value }) => [name, value])),
  }));
}

function attributesOf(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(ATTRIBUTE)].map(([, name, value = '']) => [name, unescape(value)]));
}

function unescape(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (entity, name: string) =>
    name.startsWith('#x')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? entity),
  );
}
