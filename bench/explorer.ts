import express from 'express';
import type Sigma from 'sigma';
import type { AddressInfo } from 'node:net';
import { explorerRoutes } from '../src/server/explorer.js';
import { launchChromium } from '../tests/api/chromium.js';

/**
 * `npm run bench:explorer`: is 5,000 nodes on screen still smooth? The built page (no API needed:
 * an empty view sends no request) gets a generated graph of 5,000 nodes and 10,000 edges, laid
 * out by 100 ForceAtlas2 iterations, then the camera zooms and pans through a scripted 6-second
 * animation while requestAnimationFrame records every frame's time. Prints the frame times.
 */
const NODES = 5_000;
const EDGES = 10_000;

const app = express().use(explorerRoutes());
const http = app.listen(0, '127.0.0.1');
await new Promise((resolve) => http.once('listening', resolve));
const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // tsx compiles the callbacks below with esbuild's keepNames, which calls a helper the page lacks
  await page.addInitScript('globalThis.__name = (f) => f');
  await page.goto(`${base}/explore`);
  await page.waitForSelector('body[data-ready="true"]');
  const result = await page.evaluate(
    async ({ nodes, edges, settings }) => {
      // the part of graphology the bench uses (its default export's type does not resolve under NodeNext)
      type Graph = {
        addNode(key: string, attributes: object): void;
        addDirectedEdge(source: string, target: string, attributes: object): void;
        order: number;
        size: number;
      };
      type Explorer = { graph: Graph; renderer: Sigma; commit: () => void };
      const { graph, renderer, commit } = (window as unknown as { explorer: Explorer }).explorer;
      const kinds = ['Official', 'Town', 'Industry', 'Slogan', 'Meeting'];
      const types = ['ATTENDED', 'DIRECTED', 'MENTIONS'];
      let seed = 42;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const started = performance.now();
      for (let i = 0; i < nodes; i++) {
        graph.addNode(`n${i}`, { label: `节点${i}`, kind: kinds[i % kinds.length], x: random() * 100, y: random() * 100, size: 5, color: '' });
      }
      for (let i = 0; i < edges; i++) {
        // preferential: a few hubs, as real neighbourhoods have
        const source = `n${Math.floor(random() ** 2 * nodes)}`;
        const target = `n${Math.floor(random() * nodes)}`;
        if (source !== target) graph.addDirectedEdge(source, target, { kind: types[i % 3], date: null, evidence: null, weight: 1, size: 1, color: '' });
      }
      renderer.setSettings(settings);
      // as the page does after each change: status, legend, and its settings for a heavy view
      commit();
      renderer.refresh();
      const loaded = performance.now() - started;
      // frame times while the camera animates: zoom in, pan, zoom out, as a user's wheel and drag would
      const camera = renderer.getCamera();
      const frames: number[] = [];
      let last = performance.now();
      let running = true;
      const tick = (now: number) => {
        frames.push(now - last);
        last = now;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const steps = [
        { ratio: 0.3, x: 0.5, y: 0.5 },
        { ratio: 0.3, x: 0.3, y: 0.7 },
        { ratio: 1.2, x: 0.5, y: 0.5 },
        { ratio: 0.15, x: 0.7, y: 0.3 },
        { ratio: 1, x: 0.5, y: 0.5 },
      ];
      for (const step of steps) await camera.animate(step, { duration: 1200 });
      running = false;
      frames.shift();
      const sorted = [...frames].sort((a, b) => a - b);
      const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
      const total = frames.reduce((sum, f) => sum + f, 0);
      return {
        loaded,
        nodes: graph.order,
        edges: graph.size,
        frames: frames.length,
        fps: (frames.length / total) * 1000,
        p50: pick(0.5),
        p95: pick(0.95),
        p99: pick(0.99),
        max: sorted.at(-1)!,
      };
    },
    {
      nodes: NODES,
      edges: EDGES,
      settings: Object.fromEntries(
        process.argv
          .slice(2)
          .filter((a) => a.startsWith('--set='))
          .map((a) => [a.slice(6), true]),
      ),
    },
  );
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `${result.nodes} nodes, ${result.edges} edges drawn in ${ms(result.loaded)}; camera animation: ${result.frames} frames, ${result.fps.toFixed(1)} fps, frame time p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, p99 ${ms(result.p99)}, max ${ms(result.max)}`,
  );
  if (errors.length) throw new Error(errors.join('\n'));
} finally {
  await browser.close();
  http.close();
}
