import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/resolvers/globalId.js';
import { startTestServer, type TestServer } from '../helper.js';
import { launchChromium, loopback, offlineContext } from './chromium.js';
import { loadArticles } from './support.js';

const ZHOU = toGlobalId('Official:昆山市:周伟');
const CRAB = toGlobalId('Industry:一只蟹');

// the page exposes its graph and renderer as `explorer` (for tests, the bench and a console user)
const nodeIds = (page: Page) => page.evaluate(() => (window as any).explorer.graph.nodes().sort() as string[]);
// the page sets data-layout="settled" once the layout has stopped and its last positions are drawn
const settled = (page: Page) => page.waitForSelector('body[data-busy="false"][data-layout="settled"]', { timeout: 30_000 });

/**
 * A point of the page where a click hits this node, or one of these edges and no node: asked of
 * sigma's own picking buffers (what its click handler reads), since a node's label, a crossing or a
 * parallel edge (ATTENDED and DIRECTED to one town share a line) or a thin edge's sub-pixel width can
 * put something else, or nothing, under a computed point. Null if none.
 */
async function clickable(page: Page, target: { node: string } | { edges: string[] }): Promise<{ x: number; y: number } | null> {
  const box = (await page.locator('#canvas').boundingBox())!;
  const at = await page.evaluate((target) => {
    const { graph, renderer } = (window as any).explorer;
    // where sigma drew it last
    const centre = (n: string) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(n));
    const candidates: { x: number; y: number }[] = [];
    if ('node' in target) {
      const c = centre(target.node);
      for (const d of [0, 1, -1, 2, -2]) candidates.push({ x: c.x + d, y: c.y }, { x: c.x, y: c.y + d });
    } else {
      for (const edge of target.edges) {
        const [a, b] = graph.extremities(edge).map(centre);
        const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
        for (let t = 0.5, step = 0; t > 0.15 && t < 0.85; step++, t = 0.5 + (step % 2 ? 1 : -1) * Math.ceil(step / 2) * 0.05)
          for (const offset of [0, 1, -1, 2, -2])
            candidates.push({ x: a.x + t * (b.x - a.x) + offset * normal.x, y: a.y + t * (b.y - a.y) + offset * normal.y });
      }
    }
    const hits = (p: { x: number; y: number }) =>
      'node' in target
        ? renderer.getNodeAtPosition(p) === target.node
        : renderer.getNodeAtPosition(p) === null && target.edges.includes(renderer.getEdgeAtPoint(p.x, p.y));
    // a point off the canvas would land on another element of the page
    const { width, height } = renderer.getDimensions();
    const onCanvas = (p: { x: number; y: number }) => p.x >= 1 && p.y >= 1 && p.x < width - 1 && p.y < height - 1;
    return (
      candidates
        .map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) }))
        .filter(onCanvas)
        .find(hits) ?? null
    );
  }, target);
  return at && { x: box.x + at.x, y: box.y + at.y };
}

/** sigma's WebGL layers really drew: coloured pixels in the PNG the page makes of itself */
const colouredPixels = (page: Page) =>
  page.evaluate(async () => {
    const bitmap = await createImageBitmap(await (window as any).explorer.png());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4)
      if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 40) coloured++;
    return coloured;
  });

describe('the graph explorer in a real headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    await loadArticles(server);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server.close();
  });
  // the page loaded and ready in an offline context, with every page error and console error recorded
  const openExplorer = async (options: Parameters<Browser['newContext']>[0] = {}) => {
    const { context, offline, requested } = await offlineContext(browser, { viewport: { width: 1400, height: 850 }, ...options });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(server.url.replace(/\/graphql$/, '/explore'));
    await page.waitForSelector('body[data-ready="true"]');
    return { context, page, errors, offline, requested };
  };

  it('finds 周伟, expands, reads an ATTENDED edge’s evidence, traces a path to 一只蟹, reopens from its URL and exports', async () => {
    const { context, page, errors, offline, requested } = await openExplorer({ acceptDownloads: true });

    // find: the hit says what it is; picking it draws the node with its neighbourhood
    await page.fill('#search', '周伟');
    const hit = page.locator(`button.hit[data-id="${ZHOU}"]`);
    await expect.poll(() => hit.innerText(), { timeout: 15_000 }).toMatch(/Official\s+周伟/);
    await hit.click();
    await settled(page);
    const first = await nodeIds(page);
    expect(first).toContain(ZHOU);
    expect(first.length).toBeGreaterThan(3);
    await expect.poll(() => page.locator('#panel h2').innerText(), { timeout: 15_000 }).toBe('周伟');
    expect(await colouredPixels(page)).toBeGreaterThan(2000);
    // shapes as the legend shows them: towns, meetings and articles square (two triangles, six
    // vertices, @sigma/node-square), officials, industries and slogans discs
    const shapes = await page.evaluate(() => {
      const { graph, renderer } = (window as any).explorer;
      const byKind: Record<string, string> = {};
      graph.forEachNode((node: string, a: { kind: string }) => (byKind[a.kind] = renderer.getNodeDisplayData(node).type));
      const vertices = (type: string) => renderer.nodePrograms[type].getDefinition().VERTICES as number;
      return { byKind, square: vertices('square'), circle: vertices('circle') };
    });
    expect(shapes.byKind).toMatchObject({ Official: 'circle', Town: 'square' });
    expect(shapes.square).toBe(6);
    expect(shapes.circle).toBe(3);
    for (const [kind, type] of Object.entries(shapes.byKind)) expect(type).toBe(['Town', 'Meeting', 'Article'].includes(kind) ? 'square' : 'circle');

    // expand: clicking a neighbour on the canvas adds its own neighbours
    const neighbours: string[] = await page.evaluate((zhou) => {
      const { graph } = (window as any).explorer;
      return graph
        .neighbors(zhou)
        .sort((a: string, b: string) => (graph.getNodeAttribute(b, 'kind') === 'Town' ? 1 : 0) - (graph.getNodeAttribute(a, 'kind') === 'Town' ? 1 : 0));
    }, ZHOU);
    const expanded = () => page.evaluate(() => (window as any).explorer.state().expanded.length as number);
    // the first neighbour a click really hits (another node may cover one): the click starts the
    // expansion at once (data-busy="true"), and it is done when the page is idle again
    let target: { node: string; at: { x: number; y: number } } | null = null;
    for (const node of neighbours) {
      const at = await clickable(page, { node });
      if (at) {
        target = { node, at };
        break;
      }
    }
    expect(target).not.toBeNull();
    await page.mouse.click(target!.at.x, target!.at.y);
    await page.waitForSelector('body[data-busy="false"]');
    await expect.poll(() => page.evaluate(() => (window as any).explorer.state().expanded as string[])).toContain(target!.node);
    expect(await expanded()).toBe(2);
    await settled(page);
    expect((await nodeIds(page)).length).toBeGreaterThan(first.length);

    // evidence: click an ATTENDED edge of his; the panel shows the sentence it was read from
    const attended: string[] = await page.evaluate(
      (zhou) => (window as any).explorer.graph.filterOutEdges(zhou, (_e: string, a: any) => a.kind === 'ATTENDED' && a.evidence),
      ZHOU,
    );
    expect(attended.length).toBeGreaterThan(0);
    const edgeAt = await clickable(page, { edges: attended });
    expect(edgeAt).not.toBeNull();
    await page.mouse.click(edgeAt!.x, edgeAt!.y);
    await expect.poll(() => page.evaluate(() => document.querySelector('#panel h2')?.textContent), { timeout: 15_000 }).toBe('ATTENDED edge');
    const sentence = await page.locator('#evidence-sentence').innerText();
    expect(sentence).toContain('周伟');
    expect(await page.locator('#evidence-sentence mark').first().innerText()).toBeTruthy();

    // trace: from 周伟 to 一只蟹, the path highlighted
    await page.fill('#search', '');
    await page.fill('#search', '周伟');
    await hit.click();
    await expect.poll(() => page.locator('#panel h2').innerText(), { timeout: 15_000 }).toBe('周伟');
    await page.waitForSelector('body[data-busy="false"]');
    await page.click('#path-start');
    await page.fill('#search', '一只蟹');
    await page.click(`button.hit[data-id="${CRAB}"]`);
    await expect.poll(() => page.locator('#panel h2').innerText(), { timeout: 15_000 }).toBe('一只蟹');
    await page.waitForSelector('body[data-busy="false"]');
    await page.click('#path-end');
    await expect.poll(() => page.locator('#trace').innerText(), { timeout: 15_000 }).toMatch(/^Path: 周伟 → .*一只蟹/);
    const highlighted = await page.evaluate(() => {
      const { highlighted } = (window as any).explorer;
      return { nodes: [...highlighted.nodes].sort(), edges: highlighted.edges.size };
    });
    expect(highlighted.nodes).toEqual([CRAB, ZHOU].sort());
    expect(highlighted.edges).toBeGreaterThan(0);
    await settled(page);

    // share: the URL alone reopens the same view
    const before = { nodes: await nodeIds(page), url: page.url() };
    expect(before.url).toMatch(/#v=/);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await settled(page);
    expect(await nodeIds(page)).toEqual(before.nodes);
    expect(await page.evaluate(() => [...(window as any).explorer.highlighted.nodes].sort())).toEqual(highlighted.nodes);
    expect(await page.locator('#trace').innerText()).toMatch(/^Path: 周伟 → .*一只蟹/);
    // the path in colour, the rest greyed
    expect(await colouredPixels(page)).toBeGreaterThan(300);

    // export: a PNG of the view, and the GraphML of just what is on screen
    const png = page.waitForEvent('download');
    await page.click('#export-png');
    const image = readFileSync(await (await png).path());
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    expect(image.length).toBeGreaterThan(10_000);
    const graphml = page.waitForEvent('download');
    await page.click('#export-graphml');
    const xml = readFileSync(await (await graphml).path(), 'utf8');
    expect(xml.match(/<node /g)?.length).toBe(before.nodes.length);

    expect(offline).toEqual([]);
    expect(requested.filter((url) => !loopback(url))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('works from the keyboard: Enter in the search box picks the first hit, the arrows walk the hits', async () => {
    const { context, page, errors, offline } = await openExplorer();
    await page.fill('#search', '巴城');
    await expect.poll(() => page.locator('button.hit').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.press('#search', 'ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('hit'))).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    const firstHit = (await page.locator('button.hit').first().innerText()).replace(/^\S+\s+/, '').split(/\s/)[0];
    await page.press('#search', 'Enter');
    await expect.poll(() => page.locator('#panel h2').innerText(), { timeout: 15_000 }).toBe(firstHit);
    await settled(page);
    expect((await nodeIds(page)).length).toBeGreaterThan(1);
    expect(offline).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('serves the page and its bundle from this process', async () => {
    const page = await fetch(server.url.replace(/\/graphql$/, '/explore'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/explore/static/explorer.js');
    const bundle = await fetch(server.url.replace(/\/graphql$/, '/explore/static/explorer.js'));
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(server.url.replace(/\/graphql$/, '/explore/static/nothing.js'))).status).toBe(404);
  });
});
