import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { Router } from 'express';
import { ruruHTML, type RuruClientConfig } from 'ruru/server';
import { serveStatic } from 'ruru/static';
import { projectRoot } from '../config.js';

interface Playground {
  /** GET /playground and the assets under /playground/static/ */
  routes: Router;
  /** answers a browser's GET /graphql (Accept: text/html) with the same page */
  landingPage: ApolloServerPlugin;
}

interface PlaygroundOptions {
  endpoint?: string;
  examplesPath?: string;
}

const STATIC_PATH = '/playground/static/';

/**
 * A GraphiQL (Ruru, the distribution graphql.org recommends) whose scripts, styles, fonts and
 * workers all come from the installed `ruru` package, so it works with no internet; preloaded
 * with the example operations for the three kinds of users.
 */
export function playground({ endpoint = '/graphql', examplesPath = join(projectRoot, 'examples', 'playground.graphql') }: PlaygroundOptions = {}): Playground {
  const html = ruruHTML({
    endpoint,
    staticPath: STATIC_PATH,
    // ruru types its client config as a Pick of GraphiQL's props that TypeScript reads as all required; Ruru needs none
    clientConfig: { defaultQuery: readFileSync(examplesPath, 'utf8') } as Partial<RuruClientConfig> as RuruClientConfig,
    // no favicon request: the page makes none but for its own assets and the endpoint
    htmlParts: { titleTag: '<title>kg · GraphQL playground</title>', metaTags: '<meta charset="utf-8" />\n<link rel="icon" href="data:," />' },
  });
  const routes = Router();
  routes.get('/playground', (_req, res) => {
    res.type('html').send(html);
  });
  routes.use(serveStatic(STATIC_PATH));
  return {
    routes,
    landingPage: {
      async serverWillStart() {
        return {
          async renderLandingPage() {
            return { html };
          },
        };
      },
    },
  };
}
