import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, startTestServer, type TestServer } from '../helper.js';
import { launchChromium, loopback, offlineContext } from './chromium.js';
import { exampleOperations, loadArticles } from './support.js';

// Monaco draws spaces as no-break spaces
const text = async (locator: { innerText(): Promise<string> }) => (await locator.innerText()).replace(/\u00a0/g, ' ');

describe('the playground in a real headless Chromium', () => {
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

  it('loads with no request off this machine, runs an example operation and shows its result', async () => {
    // anything that would need the internet is refused and recorded, so the page must work without it
    const { context, offline, requested } = await offlineContext(browser);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(server.url.replace(/\/graphql$/, '/playground'));
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    // the editor renders only the lines in view: the first example shows, the run button's menu lists all three
    await expect.poll(() => text(page.locator('.graphiql-query-editor')), { timeout: 30_000 }).toContain('query Explore');
    await page.click('.graphiql-execute-button');
    expect(await page.getByRole('menuitem').allInnerTexts()).toEqual([...exampleOperations().keys()]);
    const answered = page.waitForResponse((response) => response.url() === server.url && response.request().postDataJSON()?.operationName === 'TownDashboard');
    await page.getByRole('menuitem', { name: 'TownDashboard' }).click();
    const body = await (await answered).json();
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual((await server.graphql(exampleOperations().get('TownDashboard')!)).data);
    await expect.poll(() => text(page.locator('.graphiql-response')), { timeout: 20_000 }).toContain('directors');
    expect(await text(page.locator('.graphiql-response'))).toContain(body.data.towns.edges[0].node.name);

    expect(offline).toEqual([]);
    expect(requested.filter((url) => !loopback(url))).toEqual([]);
    expect(requested.some((url) => url.includes('/playground/static/ruru.js'))).toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it("reads the schema on load: no error in the result pane, Query's fields in the docs explorer, completion in the editor", async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const introspected = page.waitForResponse((response) => response.url() === server.url && /__schema/.test(response.request().postData() ?? ''));

    await page.goto(server.url.replace(/\/graphql$/, '/playground'));
    const introspection = await introspected;
    const answer = await introspection.json();
    expect({ status: introspection.status(), errors: answer.errors }).toEqual({ status: 200, errors: undefined });
    expect(answer.data.__schema.queryType.name).toBe('Query');
    // the recorded copy tests/api/introspection.test.ts replays is still what the page sends
    const recorded = readFileSync(join(fixtures, 'introspection', 'ruru-2.0.2.graphql'), 'utf8').replace(/^#.*\n/gm, '');
    expect(introspection.request().postDataJSON().query.trim()).toBe(recorded.trim());
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    // a fresh page has run nothing: whatever the result pane shows now came from loading it
    expect(await text(page.locator('.graphiql-response'))).not.toMatch(/error|exceeded|QUERY_TOO_COMPLEX/i);

    await page.click('button[aria-label="Show Documentation Explorer"]');
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByRole('link', { name: 'Query', exact: true }).first().click();
    await expect.poll(() => text(docs.locator('.graphiql-doc-explorer-title'))).toBe('Query');
    const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
    const queryFields = Object.keys(schema.getQueryType()!.getFields());
    expect(await docs.locator('.graphiql-doc-explorer-field-name').allInnerTexts()).toEqual(queryFields);
    // with the descriptions written in schema.graphql (rendered as markdown, so compared by their opening words)
    const opening = (description: string | null | undefined) => description!.replace(/\s+/g, ' ').slice(0, 30);
    const docsText = (await text(docs)).replace(/\s+/g, ' ');
    expect(docsText).toContain(opening(schema.getQueryType()!.description));
    expect(docsText).toContain(opening(schema.getQueryType()!.getFields().official?.description));

    await page.click('.graphiql-query-editor .monaco-editor');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('query Typed { offi');
    const suggestions = page.locator('.suggest-widget .monaco-list-row');
    await expect
      .poll(() => suggestions.allInnerTexts(), { timeout: 20_000 })
      .toEqual(queryFields.filter((name) => name.startsWith('offi')).map((name) => expect.stringContaining(name)));

    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('answers a browser on the GraphQL endpoint with the same page, and API clients with GraphQL', async () => {
    const html = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await html.text()).toContain('/playground/static/ruru.js');
    expect(await server.graphql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });
});
