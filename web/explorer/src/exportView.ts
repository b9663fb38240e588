import type Sigma from 'sigma';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './model.js';

const xml = (value: string | number | null | undefined) =>
  String(value ?? '')
    // characters XML 1.0 cannot carry at all, then the five it must escape
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

export interface Visible {
  nodes: [string, NodeAttributes][];
  edges: [string, string, string, EdgeAttributes][];
}

/** what is on screen: the nodes and edges the filters and hiding leave */
export function visible(graph: ExplorerGraph, shown: (node: string) => boolean, edgeShown: (edge: string) => boolean): Visible {
  const nodes = graph.mapNodes((node, attributes): [string, NodeAttributes] => [node, attributes]).filter(([node]) => shown(node));
  const edges = graph
    .mapEdges((edge, attributes, source, target): [string, string, string, EdgeAttributes] => [edge, source, target, attributes])
    .filter(([edge, source, target]) => edgeShown(edge) && shown(source) && shown(target));
  return { nodes, edges };
}

const NODE_KEYS = ['label', 'kind', 'jurisdiction', 'x', 'y'] as const;
const EDGE_KEYS = ['kind', 'role', 'date', 'weight', 'sentence', 'article'] as const;
const edgeValues = (a: EdgeAttributes) => ({
  kind: a.kind,
  role: a.role,
  date: a.date,
  weight: a.weight,
  sentence: a.evidence?.sentence,
  article: a.evidence?.articleTitle,
});

export function toGraphml({ nodes, edges }: Visible): string {
  const keys = [
    ...NODE_KEYS.map((k) => `<key id="n_${k}" for="node" attr.name="${k}" attr.type="${k === 'x' || k === 'y' ? 'double' : 'string'}"/>`),
    ...EDGE_KEYS.map((k) => `<key id="e_${k}" for="edge" attr.name="${k}" attr.type="${k === 'weight' ? 'int' : 'string'}"/>`),
  ];
  const nodeXml = nodes.map(
    ([id, a]) =>
      `<node id="${xml(id)}">${NODE_KEYS.filter((k) => a[k] != null)
        .map((k) => `<data key="n_${k}">${xml(a[k])}</data>`)
        .join('')}</node>`,
  );
  const edgeXml = edges.map(([id, s, t, a]) => {
    const values = edgeValues(a);
    const data = EDGE_KEYS.filter((k) => values[k] != null).map((k) => `<data key="e_${k}">${xml(values[k])}</data>`);
    return `<edge id="${xml(id)}" source="${xml(s)}" target="${xml(t)}">${data.join('')}</edge>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
${keys.join('\n')}
<graph id="explorer" edgedefault="directed">
${nodeXml.join('\n')}
${edgeXml.join('\n')}
</graph>
</graphml>
`;
}

export function toGexf({ nodes, edges }: Visible): string {
  const nodeXml = nodes.map(
    ([id, a]) =>
      `<node id="${xml(id)}" label="${xml(a.label)}"><attvalues><attvalue for="kind" value="${xml(a.kind)}"/><attvalue for="jurisdiction" value="${xml(a.jurisdiction)}"/></attvalues><viz:position x="${a.x}" y="${a.y}" z="0"/></node>`,
  );
  const edgeXml = edges.map(([id, s, t, a]) => {
    const values = edgeValues(a);
    const attvalues = ['role', 'date', 'sentence', 'article'] as const;
    return `<edge id="${xml(id)}" source="${xml(s)}" target="${xml(t)}" label="${xml(a.kind)}" weight="${a.weight}"><attvalues>${attvalues
      .filter((k) => values[k] != null)
      .map((k) => `<attvalue for="${k}" value="${xml(values[k])}"/>`)
      .join('')}</attvalues></edge>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
<graph defaultedgetype="directed" mode="static">
<attributes class="node"><attribute id="kind" title="kind" type="string"/><attribute id="jurisdiction" title="jurisdiction" type="string"/></attributes>
<attributes class="edge"><attribute id="role" title="role" type="string"/><attribute id="date" title="date" type="string"/><attribute id="sentence" title="sentence" type="string"/><attribute id="article" title="article" type="string"/></attributes>
<nodes>
${nodeXml.join('\n')}
</nodes>
<edges>
${edgeXml.join('\n')}
</edges>
</graph>
</gexf>
`;
}

/**
 * The view as a PNG: sigma draws in several stacked canvases (WebGL for edges and nodes, 2D for
 * labels); they are copied onto one right after a render, before the WebGL buffers are cleared.
 */
export function toPng(renderer: Sigma<NodeAttributes, EdgeAttributes>): Promise<Blob> {
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const output = document.createElement('canvas');
  output.width = width * ratio;
  output.height = height * ratio;
  const context = output.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, output.width, output.height);
  renderer.refresh();
  for (const layer of ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']) {
    const canvas = renderer.getCanvases()[layer];
    if (canvas) context.drawImage(canvas, 0, 0, output.width, output.height);
  }
  return new Promise((resolve, reject) => output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'));
}

export function download(name: string, content: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
