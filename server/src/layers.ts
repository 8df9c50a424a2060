// Layers beside the service that are loaded only when used (export to Word, import from Word): their
// libraries stay out of the server's and the CLI's start-up. The build turns each import() below into a
// require() of its own bundle, dist/<name>.js (LAYERS in scripts/build.mjs); tests import the sources.

export const loadExport = () => import('./export');
export const loadImport = () => import('./import');
