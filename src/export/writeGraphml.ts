import type { AbstractGraph } from 'graphology-types';
import XMLWriter from 'xml-writer';

type Domain = 'node' | 'edge';

/**
 * GraphML for Gephi, yEd, NetworkX and igraph. graphology-graphml 0.5 ships only a parser, so the
 * document is written with xml-writer (the XML library graphology-gexf writes with), never by
 * string concatenation; graphology-graphml's parser reads it back (tests check the round trip).
 */
export function writeGraphml(graph: AbstractGraph): string {
  const keys = attributeKeys(graph);
  const xml = new XMLWriter('  ');
  xml.startDocument('1.0', 'UTF-8');
  xml.startElement('graphml').writeAttribute('xmlns', 'http://graphml.graphdrawing.org/xmlns');
  for (const [domain, attributes] of Object.entries(keys) as [Domain, Map<string, string>][]) {
    for (const [name, type] of attributes) {
      xml
        .startElement('key')
        .writeAttribute('id', `${domain}-${name}`)
        .writeAttribute('for', domain)
        .writeAttribute('attr.name', name)
        .writeAttribute('attr.type', type)
        .endElement();
    }
  }
  xml.startElement('graph').writeAttribute('edgedefault', 'directed');
  graph.forEachNode((node, attributes) => {
    xml.startElement('node').writeAttribute('id', node);
    writeData(xml, 'node', attributes);
    xml.endElement();
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    xml.startElement('edge').writeAttribute('id', edge).writeAttribute('source', source).writeAttribute('target', target);
    writeData(xml, 'edge', attributes);
    xml.endElement();
  });
  xml.endElement().endElement().endDocument();
  return xml.toString();
}

function writeData(xml: XMLWriter, domain: Domain, attributes: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(attributes)) {
    xml.startElement('data').writeAttribute('key', `${domain}-${name}`).text(String(value)).endElement();
  }
}

// GraphML declares every attribute once with one type; a name seen with mixed types falls back to string
function attributeKeys(graph: AbstractGraph): Record<Domain, Map<string, string>> {
  const keys: Record<Domain, Map<string, string>> = { node: new Map(), edge: new Map() };
  const note = (domain: Domain, attributes: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(attributes)) {
      const type = typeof value === 'number' ? (Number.isInteger(value) ? 'long' : 'double') : typeof value === 'boolean' ? 'boolean' : 'string';
      const seen = keys[domain].get(name);
      keys[domain].set(name, seen === undefined || seen === type ? type : seen === 'long' && type === 'double' ? 'double' : 'string');
    }
  };
  graph.forEachNode((_node, attributes) => note('node', attributes));
  graph.forEachEdge((_edge, attributes) => note('edge', attributes));
  return keys;
}
