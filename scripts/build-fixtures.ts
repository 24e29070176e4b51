/**
 * Bundles the real-browser fixture pages (tests/e2e/fixtures) with esbuild, in
 * memory: each page's script from the real editor packages (Lexical, Draft.js
 * with React 18, Quill, TipTap). Used by the e2e tests and the browser
 * benchmark; run alone it writes the bundles to a directory for inspection:
 *   npx tsx scripts/build-fixtures.ts [outdir]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const FIXTURE_DIR = fileURLToPath(new URL('../tests/e2e/fixtures/', import.meta.url));

/** Script entry points, by the name the pages load them under (/__fixture/<name>.js). */
const SCRIPTS: Record<string, string> = {
  lexical: 'lexical.ts',
  draft: 'draft.jsx',
  quill: 'quill.ts',
  tiptap: 'tiptap.ts',
  textarea: 'textarea.ts',
  shadow: 'shadow.ts',
  spa: 'spa.ts',
  feed: 'feed.ts',
};

export interface FixtureBundle {
  /** Page HTML by fixture name (lexical, draft, …, iframe, frame). */
  html: Record<string, string>;
  /** Bundled scripts by name. */
  js: Record<string, string>;
}

let cached: Promise<FixtureBundle> | null = null;

export function buildFixtures(): Promise<FixtureBundle> {
  cached ??= (async () => {
    const js: Record<string, string> = {};
    for (const [name, file] of Object.entries(SCRIPTS)) {
      const result = await build({
        entryPoints: [path.join(FIXTURE_DIR, file)],
        bundle: true,
        write: false,
        format: 'iife',
        platform: 'browser',
        target: 'chrome120',
        jsx: 'automatic',
        jsxImportSource: 'react',
        minify: true,
        legalComments: 'none',
        define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
        tsconfigRaw: '{}',
        logLevel: 'silent',
      });
      js[name] = result.outputFiles[0].text;
    }
    const html: Record<string, string> = {};
    for (const name of ['lexical', 'draft', 'quill', 'tiptap', 'textarea', 'shadow', 'iframe', 'frame', 'spa', 'feed', 'prefilled']) {
      html[name] = readFileSync(path.join(FIXTURE_DIR, `${name}.html`), 'utf8');
    }
    return { html, js };
  })();
  return cached;
}

/** Routes for serveSites: a page at `pageUrl` and its script (and frame) on the same origin. */
export function fixtureRoutes(bundle: FixtureBundle, name: string, pageUrl: string): Record<string, { body: string; contentType: string }> {
  const origin = new URL(pageUrl).origin;
  const routes: Record<string, { body: string; contentType: string }> = {
    [pageUrl]: { body: bundle.html[name], contentType: 'text/html; charset=utf-8' },
  };
  for (const [script, body] of Object.entries(bundle.js)) {
    routes[`${origin}/__fixture/${script}.js`] = { body, contentType: 'text/javascript; charset=utf-8' };
  }
  routes[`${origin}/__fixture/frame.html`] = { body: bundle.html.frame, contentType: 'text/html; charset=utf-8' };
  return routes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const out = path.resolve(process.argv[2] ?? 'tmp-fixtures');
  mkdirSync(out, { recursive: true });
  void buildFixtures().then((b) => {
    for (const [n, body] of Object.entries(b.js)) writeFileSync(path.join(out, `${n}.js`), body);
    for (const [n, body] of Object.entries(b.html)) writeFileSync(path.join(out, `${n}.html`), body);
    console.log(`fixtures written to ${out}: ${Object.keys(b.js).join(', ')}`);
  });
}
