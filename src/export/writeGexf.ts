import type { AbstractGraph } from 'graphology-types';
import XMLWriter from 'xml-writer';
import { gexfAttributeTypes } from './gexfAttributeTypes.js';
import { graphTimeline } from './graphTimeline.js';

/**
 * GEXF 1.3 for Gephi as a dynamic graph whose timeline plays the reports (see graphTimeline). The
 * graphology-gexf writer has no way to put start/end on a node or an edge, so the document is
 * written with xml-writer like writeGraphml; graphology-gexf's parser still reads it back.
 */
export function writeGexf(graph: AbstractGraph): string {
  const { nodeStarts, edgeSpans } = graphTimeline(graph);
  const types = gexfAttributeTypes(graph);
  const xml = new XMLWriter('  ');
  xml.startDocument('1.0', 'UTF-8');
  xml
    .startElement('gexf')
    .writeAttribute('version', '1.3')
    .writeAttribute('xmlns', 'http://gexf.net/1.3')
    .writeAttribute('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance')
    .writeAttribute('xsi:schemaLocation', 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd');
  // Gephi reads timeformat="date" as yyyy-mm-dd, the form datePeriod gives
  xml.startElement('graph').writeAttribute('mode', 'dynamic').writeAttribute('defaultedgetype', 'directed').writeAttribute('timeformat', 'date');
  for (const [domain, attributes] of Object.entries(types)) {
    if (attributes.size === 0) continue;
    // the properties do not change over time; only the elements' presence does
    xml.startElement('attributes').writeAttribute('class', domain).writeAttribute('mode', 'static');
    for (const [name, type] of attributes)
      xml.startElement('attribute').writeAttribute('id', name).writeAttribute('title', name).writeAttribute('type', type).endElement();
    xml.endElement();
  }
  xml.startElement('nodes');
  graph.forEachNode((node, attributes) => {
    xml.startElement('node').writeAttribute('id', node);
    // no end: a node stays on the timeline once it has appeared
    const start = nodeStarts.get(node);
    if (start !== undefined) xml.writeAttribute('start', start);
    writeValues(xml, attributes);
    xml.endElement();
  });
  xml.endElement().startElement('edges');
  graph.forEachEdge((edge, attributes, source, target) => {
    xml.startElement('edge').writeAttribute('id', edge).writeAttribute('source', source).writeAttribute('target', target);
    const span = edgeSpans.get(edge);
    if (span) xml.writeAttribute('start', span.start).writeAttribute('end', span.end);
    writeValues(xml, attributes);
    xml.endElement();
  });
  xml.endElement().endElement().endElement().endDocument();
  return xml.toString();
}

function writeValues(xml: XMLWriter, attributes: Record<string, unknown>): void {
  xml.startElement('attvalues');
  for (const [name, value] of Object.entries(attributes)) {
    // an empty list flattens to '': graphology-gexf left such values out, and Gephi shows them as none
    if (value === '') continue;
    xml.startElement('attvalue').writeAttribute('for', name).writeAttribute('value', String(value)).endElement();
  }
  xml.endElement();
}
