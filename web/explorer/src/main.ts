import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { NodeSquareProgram } from '@sigma/node-square';
import { NodeCircleProgram } from 'sigma/rendering';
import { ApiError, request } from './api.js';
import { byId, h, present } from './dom.js';
import { download, toGexf, toGraphml, toPng, visible } from './exportView.js';
import type { NodeFieldsFragment } from './generated/graphql.js';
import { addCoAttendance, addEdge, addNode, createGraph, nameOf, type EdgeAttributes, type ExplorerGraph, type NodeAttributes } from './model.js';
import { CentralityQuery, CoAttendanceQuery, DiffusionQuery, NeighbourhoodQuery, NodeDetailsQuery, PathsQuery, SearchQuery } from './operations.js';
import { EDGE_TYPES, LABEL_FONT, LABELS, type EdgeType, type Label } from './style.js';
import { decodeState, encodeState, type ViewState } from './viewState.js';

/** nodes one click adds at most; a hub's others are counted, not drawn */
const EXPAND_LIMIT = 30;
const LAYOUT_MS = 1500;

const graph: ExplorerGraph = createGraph();
let state: ViewState = decodeState(location.hash);
const history: { graph: ReturnType<ExplorerGraph['export']>; state: ViewState }[] = [];
const highlighted = { nodes: new Set<string>(), edges: new Set<string>() };
const truncatedBy = new Map<string, number>();
let pageRank: Map<string, number> | null = null;
let selectedEdge: string | null = null;
let pathStart: string | null = null;
let busy = 0;

const renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, byId('canvas'), {
  renderEdgeLabels: false,
  enableEdgeEvents: true,
  labelFont: LABEL_FONT,
  labelSize: 13,
  labelWeight: '500',
  labelRenderedSizeThreshold: 6,
  defaultNodeType: 'circle',
  // the program each label's `type` names (style.ts): discs, and squares from @sigma/node-square
  nodeProgramClasses: { circle: NodeCircleProgram, square: NodeSquareProgram },
  zIndex: true,
  nodeReducer: (node, data) => {
    const kind = LABELS[data.kind];
    const hidden = !nodeShown(node);
    const dimmed = highlighted.nodes.size > 0 && !highlighted.nodes.has(node);
    return {
      ...data,
      type: kind.type,
      color: dimmed ? '#dddddd' : kind.color,
      size: sizeOf(node),
      hidden,
      highlighted: node === state.selected || highlighted.nodes.has(node),
      zIndex: highlighted.nodes.has(node) ? 2 : 1,
      label: truncatedBy.has(node) ? `${data.label} (+${truncatedBy.get(node)} more not shown)` : data.label,
    };
  },
  edgeReducer: (edge, data) => {
    const dimmed = highlighted.edges.size > 0 && !highlighted.edges.has(edge);
    const on = highlighted.edges.has(edge) || edge === selectedEdge;
    return {
      ...data,
      hidden: !edgeShown(edge),
      color: dimmed ? '#eeeeee' : EDGE_TYPES[data.kind].color,
      size: on ? data.size + 3 : data.size,
      zIndex: on ? 2 : 1,
    };
  },
});

function nodeShown(node: string): boolean {
  if (state.hidden.includes(node)) return false;
  return !state.labels || state.labels.includes(graph.getNodeAttribute(node, 'kind'));
}

function edgeShown(edge: string): boolean {
  const { kind, date } = graph.getEdgeAttributes(edge);
  if (state.edgeTypes && !state.edgeTypes.includes(kind)) return false;
  // a partial date (2024-03) is compared by its start; an undated edge never falls in a range
  if ((state.from || state.to) && !date) return false;
  if (state.from && date! < state.from) return false;
  if (state.to && date!.slice(0, state.to.length) > state.to) return false;
  return true;
}

function sizeOf(node: string): number {
  if (state.size === 'pagerank' && pageRank) return 4 + 60 * Math.sqrt(pageRank.get(node) ?? 0);
  return 5 + 2.5 * Math.sqrt(graph.degree(node));
}

// ---- layout: ForceAtlas2 in a web worker, for a moment after each change ---------------------

let layout: FA2Layout | null = null;
let layoutTimer = 0;
function relayout(): void {
  if (graph.order < 2) {
    renderer.refresh();
    return;
  }
  layout?.kill();
  layout = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 } });
  layout.start();
  clearTimeout(layoutTimer);
  layoutTimer = window.setTimeout(() => {
    // once stopped, the worker's late messages are dropped: these positions are final, and they are
    // drawn now (not at the next frame), so `settled` means what is on screen no longer moves
    layout?.stop();
    renderer.refresh();
    document.body.dataset.layout = 'settled';
  }, LAYOUT_MS);
  document.body.dataset.layout = 'running';
}

// ---- actions --------------------------------------------------------------------------------

function remember(): void {
  history.push({ graph: graph.export(), state: structuredClone(state) });
  if (history.length > 50) history.shift();
}

function commit(): void {
  // software WebGL (no GPU) redraws thousands of edges slowly: they wait while the camera moves
  const heavy = graph.size > 2000;
  if (renderer.getSetting('hideEdgesOnMove') !== heavy) renderer.setSetting('hideEdgesOnMove', heavy);
  byId<HTMLButtonElement>('undo').disabled = history.length === 0;
  const hash = `#v=${encodeState(state)}`;
  if (location.hash !== hash) window.history.replaceState(null, '', hash);
  byId('status').textContent = `${graph.filterNodes((n) => nodeShown(n)).length} nodes · ${graph.filterEdges((e) => edgeShown(e)).length} edges`;
  renderLegend();
  renderer.refresh();
}

async function work<T>(task: () => Promise<T>): Promise<T | undefined> {
  busy++;
  document.body.dataset.busy = 'true';
  try {
    return await task();
  } catch (error) {
    showError(error);
    return undefined;
  } finally {
    if (--busy === 0) document.body.dataset.busy = 'false';
  }
}

function showError(error: unknown): void {
  const panel = byId('panel');
  const candidates =
    error instanceof ApiError && Array.isArray(error.extensions.candidates) ? (error.extensions.candidates as { name: string; jurisdiction: string }[]) : [];
  panel.replaceChildren(
    h('div', { class: 'error' }, error instanceof Error ? error.message : String(error)),
    ...candidates.map((c) => h('div', {}, `${c.name} (${c.jurisdiction})`)),
  );
}

async function expand(id: string, record = true): Promise<void> {
  const data = await request(NeighbourhoodQuery, { id, limit: EXPAND_LIMIT });
  if (record) remember();
  for (const node of data.neighbourhood.nodes) addNode(graph, node, id);
  for (const edge of data.neighbourhood.edges) addEdge(graph, edge);
  const more = data.all.nodes.length - data.neighbourhood.nodes.length;
  if (data.neighbourhood.truncated && more > 0) truncatedBy.set(id, more);
  else truncatedBy.delete(id);
  if (!state.expanded.includes(id)) state.expanded.push(id);
  state.hidden = state.hidden.filter((n) => !data.neighbourhood.nodes.some((node) => node.id === n) || n !== id);
}

async function showPath(from: string, to: string, record = true): Promise<number> {
  const { allShortestPaths } = await request(PathsQuery, { from, to });
  if (record) remember();
  highlighted.nodes.clear();
  highlighted.edges.clear();
  for (const path of allShortestPaths) {
    path.nodes.forEach((node, i) => {
      addNode(graph, node, i > 0 ? path.nodes[i - 1]!.id : undefined);
      highlighted.nodes.add(node.id);
    });
    for (const edge of path.edges) {
      addEdge(graph, edge);
      graph.forEachDirectedEdge(edge.source.id, edge.target.id, (key, attributes) => {
        if (attributes.kind === edge.type) highlighted.edges.add(key);
      });
    }
  }
  state.path = [from, to];
  const line = allShortestPaths[0];
  byId('trace').textContent = line
    ? `Path: ${line.nodes.map((n) => nameOf(n)).join(' → ')} (${line.length} hop${line.length === 1 ? '' : 's'}, ${allShortestPaths.length} shortest path${allShortestPaths.length > 1 ? 's' : ''})`
    : 'No path within 6 hops';
  return allShortestPaths.length;
}

async function showCoAttendance(id: string, record = true): Promise<void> {
  const { coAttendance } = await request(CoAttendanceQuery, { id });
  if (record) remember();
  for (const { official, weight, sharedEvents } of coAttendance) {
    addNode(graph, official, id);
    addCoAttendance(graph, id, official.id, weight, sharedEvents.map((e) => e.date).find(Boolean) ?? null);
  }
  if (!state.coAttendance.includes(id)) state.coAttendance.push(id);
  byId('trace').textContent = `Co-attendance: ${coAttendance.length} officials, ${coAttendance.reduce((n, c) => n + c.weight, 0)} shared events`;
}

async function showDiffusion(id: string, record = true): Promise<void> {
  const { sloganDiffusion } = await request(DiffusionQuery, { id });
  if (record) remember();
  const list = h('ol', { class: 'diffusion' });
  for (const event of sloganDiffusion.firstByTown) {
    if (!event.town) continue;
    addNode(graph, event.town, id);
    if (event.official) addNode(graph, event.official, event.town.id);
    list.append(h('li', {}, `${event.date ?? '(undated)'} · ${nameOf(event.town)}${event.official ? ` · ${nameOf(event.official)}` : ''}`));
  }
  if (!state.diffusion.includes(id)) state.diffusion.push(id);
  const trace = byId('trace');
  trace.replaceChildren(`Diffusion over ${sloganDiffusion.townCount} towns, by date:`, list);
}

async function select(id: string | null): Promise<void> {
  state.selected = id;
  selectedEdge = null;
  commit();
  const panel = byId('panel');
  if (!id) return void panel.replaceChildren(h('p', { class: 'hint' }, 'Search for a name, then click nodes to expand them and edges to read their evidence.'));
  const { node } = await request(NodeDetailsQuery, { id });
  if (!node || state.selected !== id) return;
  const rows: [string, unknown][] = [['type', node.__typename]];
  if ('key' in node) rows.push(['key', node.key]);
  if ('jurisdiction' in node) rows.push(['jurisdiction', node.jurisdiction]);
  if ('parent' in node) rows.push(['parent', node.parent], ['county', node.county], ['city', node.city], ['province', node.province], ['code', node.code]);
  if ('date' in node) rows.push(['date', node.date]);
  if ('centrality' in node && node.centrality) rows.push(['degree', node.centrality.degree], ['PageRank', node.centrality.pageRank.toFixed(4)]);
  const kind = graph.hasNode(id) ? graph.getNodeAttribute(id, 'kind') : null;
  panel.replaceChildren(
    ...present(
      h('h2', {}, ('name' in node && node.name) || ('title' in node && node.title) || id),
      h('table', { class: 'props' }, ...rows.filter(([, v]) => v != null).map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', {}, String(v))))),
      'aliases' in node && node.aliases.length > 0 ? h('p', {}, h('b', {}, 'Aliases: '), node.aliases.join('、')) : null,
      'career' in node && node.career.length > 0
        ? h(
            'div',
            {},
            h('h3', {}, 'Titles over time'),
            h('ul', {}, ...node.career.map((step) => h('li', {}, `${step.title} — ${step.firstSeen ?? '?'} … ${step.lastSeen ?? '?'}`))),
          )
        : null,
      h(
        'div',
        { class: 'actions' },
        h('button', { id: 'expand', onclick: () => void work(async () => (await expand(id), relayout(), commit())) }, 'Expand'),
        h('button', { id: 'hide', onclick: () => (remember(), state.hidden.push(id), void select(null)) }, 'Hide'),
        h(
          'button',
          {
            id: 'path-start',
            onclick: () => ((pathStart = id), (byId('trace').textContent = `Path from ${graph.getNodeAttribute(id, 'label')}: pick another node`)),
          },
          'Path from here',
        ),
        pathStart && pathStart !== id
          ? h('button', { id: 'path-end', onclick: () => void work(async () => (await showPath(pathStart!, id), relayout(), commit())) }, 'Path to here')
          : null,
        kind === 'Official'
          ? h('button', { id: 'co-attendance', onclick: () => void work(async () => (await showCoAttendance(id), relayout(), commit())) }, 'Co-attendance')
          : null,
        kind === 'Slogan' || kind === 'Industry'
          ? h('button', { id: 'diffusion', onclick: () => void work(async () => (await showDiffusion(id), relayout(), commit())) }, 'Diffusion')
          : null,
      ),
      graph.hasNode(id) ? edgeList(id) : null,
      'articles' in node
        ? h(
            'div',
            {},
            h('h3', {}, `Articles (${node.articles.totalCount})`),
            h(
              'ul',
              {},
              ...node.articles.edges.map((e) => h('li', {}, articleLink(e.node.title, e.node.source ?? null), e.node.date ? ` (${e.node.date})` : '')),
            ),
          )
        : null,
    ),
  );
}

function edgeList(id: string): HTMLElement {
  const items = graph
    .mapEdges(id, (edge, a, source, target) => ({ edge, a, other: source === id ? target : source }))
    .filter(({ edge }) => edgeShown(edge))
    .map(({ edge, a, other }) =>
      h(
        'li',
        {},
        h(
          'a',
          { href: '#', class: `edge ${a.kind}`, 'data-edge': edge, onclick: (e: Event) => (e.preventDefault(), selectEdge(edge)) },
          `${a.kind}${a.role ? ` ${a.role}` : ''} · ${graph.getNodeAttribute(other, 'label')}${a.date ? ` · ${a.date}` : ''}`,
        ),
      ),
    );
  return h('div', {}, h('h3', {}, `Edges on screen (${items.length})`), h('ul', { class: 'edges' }, ...items));
}

const articleLink = (title: string, source: string | null) =>
  source && /^https?:\/\//.test(source) ? h('a', { href: source, target: '_blank', rel: 'noopener noreferrer' }, title) : h('span', {}, title);

function selectEdge(edge: string): void {
  selectedEdge = edge;
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const rows: [string, unknown][] = [
    ['type', a.kind],
    ['from', graph.getNodeAttribute(source, 'label')],
    ['to', graph.getNodeAttribute(target, 'label')],
    ['role', a.role],
    ['delegation', a.delegation],
    ['meeting', a.meeting],
    ['context', a.context],
    ['date', a.date],
    ['weight', a.kind === 'CO_ATTENDED' ? a.weight : null],
  ];
  const evidence = a.evidence;
  byId('panel').replaceChildren(
    ...present(
      h('h2', {}, `${a.kind} edge`),
      h('table', { class: 'props' }, ...rows.filter(([, v]) => v != null).map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', {}, String(v))))),
      a.points?.length ? h('ul', {}, ...a.points.map((p) => h('li', {}, p))) : null,
      evidence
        ? h(
            'div',
            { class: 'evidence' },
            h('h3', {}, 'Evidence'),
            h(
              'blockquote',
              { id: 'evidence-sentence' },
              ...highlightSpan(evidence.sentence, [graph.getNodeAttribute(source, 'label'), graph.getNodeAttribute(target, 'label')]),
            ),
            h('p', { class: 'hint' }, `characters ${evidence.start}–${evidence.end} of the article`),
            h('p', {}, articleLink(evidence.articleTitle, evidence.source), evidence.articleDate ? ` (${evidence.articleDate})` : ''),
          )
        : h(
            'p',
            { class: 'hint' },
            a.kind === 'CO_ATTENDED' ? 'Derived from shared events; open the official for the articles.' : 'No evidence: structure, not a fact.',
          ),
    ),
  );
  renderer.refresh();
}

/**
 * Evidence offsets place the sentence in the article's text; inside the sentence the fact's span
 * is where its two ends are named, so those are marked (by name, or by a town's short form 巴城).
 */
function highlightSpan(sentence: string, names: string[]): (string | HTMLElement)[] {
  const forms = names.flatMap((name) => [name, name.replace(/(镇|街道|区|市|县)$/, '')]).filter((form) => form.length > 1);
  const pattern = forms.length ? new RegExp(`(${forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g') : null;
  if (!pattern) return [sentence];
  return sentence.split(pattern).map((part, i) => (i % 2 === 1 ? h('mark', {}, part) : part));
}

// ---- search, filters, legend, exports -------------------------------------------------------

let searchTimer = 0;
byId<HTMLInputElement>('search').addEventListener('input', (event) => {
  const text = (event.target as HTMLInputElement).value.trim();
  clearTimeout(searchTimer);
  searchTimer = window.setTimeout(() => void work(() => search(text)), 200);
});

// the search box works without a mouse: Enter picks the first hit, the arrows walk the list
byId<HTMLInputElement>('search').addEventListener('keydown', (event) => {
  const first = document.querySelector<HTMLButtonElement>('#results .hit');
  if (!first || (event.key !== 'Enter' && event.key !== 'ArrowDown')) return;
  event.preventDefault();
  if (event.key === 'Enter') first.click();
  else first.focus();
});
byId('results').addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  event.preventDefault();
  const hits = [...document.querySelectorAll<HTMLButtonElement>('#results .hit')];
  const at = hits.indexOf(document.activeElement as HTMLButtonElement);
  const next = hits[at + (event.key === 'ArrowDown' ? 1 : -1)];
  (next ?? (event.key === 'ArrowUp' ? byId('search') : hits[at]))?.focus();
});

async function search(text: string): Promise<void> {
  const results = byId('results');
  if (!text) return void results.replaceChildren();
  const { search } = await request(SearchQuery, { text });
  results.replaceChildren(
    ...search.map(({ result }) => {
      if (!('id' in result) || !('name' in result)) return '';
      const place = 'jurisdiction' in result ? result.jurisdiction : 'parent' in result ? result.parent : null;
      return h(
        'li',
        {},
        h(
          'button',
          {
            class: 'hit',
            'data-id': result.id,
            onclick: () => void work(() => pick({ __typename: result.__typename, id: result.id, name: result.name } as NodeFieldsFragment)),
          },
          h('span', { class: `badge ${result.__typename}` }, result.__typename),
          ` ${result.name}`,
          place ? h('small', {}, ` ${place}`) : null,
        ),
      );
    }),
  );
}

async function pick(node: NodeFieldsFragment): Promise<void> {
  remember();
  addNode(graph, node);
  state.hidden = state.hidden.filter((n) => n !== node.id);
  await expand(node.id, false);
  relayout();
  await select(node.id);
  byId('results').replaceChildren();
}

renderer.on('clickNode', ({ node }) => {
  void work(async () => {
    await select(node);
    if (!state.expanded.includes(node)) {
      remember();
      await expand(node, false);
      relayout();
      commit();
      await select(node);
    }
  });
});
renderer.on('clickEdge', ({ edge }) => selectEdge(edge));
renderer.on('clickStage', () => void select(null));

function renderLegend(): void {
  const labels = Object.keys(LABELS) as Label[];
  const types = Object.keys(EDGE_TYPES) as EdgeType[];
  byId('legend').replaceChildren(
    h('h3', {}, 'Nodes'),
    ...labels.map((label) =>
      legendEntry(
        labels,
        () => state.labels,
        label,
        'data-label',
        { class: `swatch ${LABELS[label].type}`, style: `background:${LABELS[label].color}` },
        LABELS[label].name,
        (next) => (state.labels = next),
      ),
    ),
    h('h3', {}, 'Edges'),
    ...types.map((type) =>
      legendEntry(
        types,
        () => state.edgeTypes,
        type,
        'data-type',
        { class: 'line', style: `background:${EDGE_TYPES[type].color}` },
        EDGE_TYPES[type].name,
        (next) => (state.edgeTypes = next),
      ),
    ),
  );
}

// one check box of the legend: unticking it drops the value from the filter; null means every value is shown
function legendEntry<T extends string>(
  all: T[],
  current: () => T[] | null,
  value: T,
  dataAttribute: string,
  swatch: Record<string, string>,
  name: string,
  store: (next: T[] | null) => void,
): HTMLElement {
  const onchange = (event: Event) => {
    remember();
    const next = (current() ?? all).filter((v) => v !== value).concat((event.target as HTMLInputElement).checked ? [value] : []);
    store(next.length === all.length ? null : next);
    commit();
  };
  return h(
    'label',
    {},
    h('input', { type: 'checkbox', [dataAttribute]: value, checked: (current() ?? all).includes(value), onchange }),
    h('span', swatch),
    name,
  );
}

for (const bound of ['from', 'to'] as const) {
  const input = byId<HTMLInputElement>(`date-${bound}`);
  input.value = state[bound] ?? '';
  input.addEventListener('change', () => (remember(), (state[bound] = input.value.trim() || null), commit()));
}
const sizeSelect = byId<HTMLSelectElement>('size');
sizeSelect.value = state.size;
sizeSelect.addEventListener(
  'change',
  () =>
    void work(async () => {
      state.size = sizeSelect.value === 'pagerank' ? 'pagerank' : 'degree';
      if (state.size === 'pagerank' && !pageRank) {
        const { centralityRanking } = await request(CentralityQuery, {});
        pageRank = new Map(centralityRanking.map((score) => [score.node.id, score.centrality.pageRank]));
      }
      commit();
    }),
);

byId('undo').addEventListener('click', () => {
  const previous = history.pop();
  if (!previous) return;
  graph.clear();
  graph.import(previous.graph);
  state = previous.state;
  highlighted.nodes.clear();
  highlighted.edges.clear();
  commit();
  void select(state.selected);
});
byId('clear').addEventListener(
  'click',
  () => (
    remember(),
    graph.clear(),
    (state = decodeState('')),
    highlighted.nodes.clear(),
    highlighted.edges.clear(),
    truncatedBy.clear(),
    commit(),
    void select(null)
  ),
);
byId('export-png').addEventListener('click', () => void work(async () => download('explorer.png', await toPng(renderer))));
const onScreen = () => visible(graph, nodeShown, edgeShown);
byId('export-graphml').addEventListener('click', () => download('explorer.graphml', toGraphml(onScreen()), 'application/graphml+xml'));
byId('export-gexf').addEventListener('click', () => download('explorer.gexf', toGexf(onScreen()), 'application/gexf+xml'));

// ---- a link reopens its view: the same expansions, traces, hidden nodes and filters ---------

async function restore(): Promise<void> {
  const saved = state;
  state = { ...saved, expanded: [], coAttendance: [], diffusion: [], path: null };
  for (const id of saved.expanded) {
    if (!graph.hasNode(id)) {
      const { node } = await request(NodeDetailsQuery, { id });
      if (node) addNode(graph, { __typename: node.__typename, id: node.id, ...('name' in node ? { name: node.name } : {}) } as NodeFieldsFragment);
    }
    await expand(id, false);
  }
  for (const id of saved.coAttendance) await showCoAttendance(id, false);
  for (const id of saved.diffusion) await showDiffusion(id, false);
  if (saved.path) await showPath(saved.path[0], saved.path[1], false);
  state.hidden = saved.hidden;
  if (saved.size === 'pagerank') sizeSelect.dispatchEvent(new Event('change'));
  relayout();
  await select(saved.selected);
}

renderLegend();
void work(restore).then(() => {
  commit();
  document.body.dataset.ready = 'true';
});

// tests and the bench drive the view through this, as a console user would
Object.assign(window, { explorer: { graph, renderer, state: () => state, highlighted, png: () => toPng(renderer), relayout, commit } });
