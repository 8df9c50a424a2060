// Build: generates the phrase data (pinyin), then bundles the client, the language server and the CLI into dist/.
import { context } from 'esbuild';
import { generate as generatePhrases } from './build-phrases.mjs';

const production = process.argv.includes('--production');
// --watch: rebuild on every change until stopped (the dev loop, CONTRIBUTING.md).
const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  // Chinese text (phrases, word lists, messages) as UTF-8, not \uXXXX escapes: a sixth of dist/server.js.
  charset: 'utf8',
  logLevel: 'warning',
  // Prefer ESM builds: jsonc-parser's UMD entry uses dynamic requires a bundle cannot follow.
  mainFields: ['module', 'main'],
};

/**
 * Layers loaded only when used (`server/src/layers.ts`): each is a bundle of its own, dist/<name>.js, so
 * its libraries (docx, zip and XML readers) add nothing to the server's start-up or to dist/server.js.
 * Add a layer's folder name here when you add one under server/src/.
 */
const LAYERS = ['export', 'import'];
const lazyLayers = {
  name: 'lazy-layers',
  setup(b) {
    if (!LAYERS.length) return;
    b.onResolve({ filter: new RegExp(`^\\./(${LAYERS.join('|')})$`) }, (args) => (args.importer.endsWith('layers.ts') ? { path: `${args.path}.js`, external: true } : undefined));
  },
};

generatePhrases();

const bundles = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The preview's script runs in the webview, a browser page.
  { ...common, entryPoints: ['client/src/preview/webview.ts'], outfile: 'dist/preview.js', platform: 'browser', format: 'iife', target: 'es2020' },
  // import() of a layer becomes require() of dist/<name>.js, next to the bundle that loads it.
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', plugins: [lazyLayers], supported: { 'dynamic-import': false } },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [lazyLayers], supported: { 'dynamic-import': false } },
  ...LAYERS.map((name) => ({ ...common, entryPoints: [`server/src/${name}/index.ts`], outfile: `dist/${name}.js` })),
];

const contexts = await Promise.all(bundles.map((options) => context(options)));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('build: watching for changes (Ctrl+C stops)');
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
