// Run by bench.mjs with --expose-gc: the heap a document keeps alive in the language service (its text,
// model and the diagnostics cached per speech), after garbage collection. Prints MB as JSON.
const { readFileSync } = require('node:fs');
const [service, document] = process.argv.slice(2);
const { parse, getDiagnostics, DiagnosticsCache, resolveOptions } = require(service);
const heapMb = () => {
  global.gc();
  global.gc();
  return process.memoryUsage().heapUsed / 1048576;
};
// The text counts: the server holds it too (and, during an edit, the text of both versions).
const before = heapMb();
const text = readFileSync(document, 'utf8');
const options = resolveOptions();
const cache = new DiagnosticsCache(options);
const model = parse(text);
const diagnostics = getDiagnostics(model, options, cache);
const retained = heapMb() - before;
// Two versions are alive while an edit is handled: the new one and the one it is built from.
const edited = parse(text.slice(0, text.length >> 1) + '甲' + text.slice(text.length >> 1), model);
getDiagnostics(edited, options, cache);
const duringEdit = heapMb() - before;
console.log(JSON.stringify({ retained, duringEdit, problems: diagnostics.length }));
