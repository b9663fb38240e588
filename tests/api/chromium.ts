import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/**
 * Headless Chromium as the browser tests and scripts launch it: the system's binary, and WebGL
 * through SwiftShader (software), since a CI machine has no GPU and sigma draws with WebGL.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

export const loopback = (url: string) => /^(https?|wss?):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(url) || /^(data|blob|about):/.test(url);

/** a context whose requests off this machine are refused and recorded: the page must work offline */
export async function offlineContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; offline: string[]; requested: string[] }> {
  const context = await browser.newContext(options);
  const offline: string[] = [];
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  await context.route(
    (url) => !loopback(url.href),
    async (route) => {
      offline.push(route.request().url());
      await route.abort();
    },
  );
  return { context, offline, requested };
}
