// Writes the copies of the rule table (server/src/service/diagnostics/rules.ts) that VS Code reads from
// files: a setting per rule in package.json, its description in both package.nls files, and its entry
// in the .speechrc.json schema. Run `node scripts/rule-metadata.mjs` after changing the table;
// tests/diagnostics/metadata.test.ts fails while a copy differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEVERITIES = ['off', 'hint', 'information', 'warning', 'error'];
const SETTING = 'speech.diagnostics.';
const NLS = 'config.diagnostics.';

/** `entries` put where the first key `isCopy` stood (at the end if none), other keys kept in their order. */
function replaceEntries(object, isCopy, entries) {
  const result = {};
  let placed = false;
  const place = () => {
    if (!placed) Object.assign(result, entries);
    placed = true;
  };
  for (const [key, value] of Object.entries(object)) {
    if (isCopy(key)) place();
    else result[key] = value;
  }
  place();
  return result;
}

/** Each file's text as the rules make it, from its current text. */
export function ruleCopies(rules, read) {
  const codes = new Set(rules.map((r) => r.code));
  const isSetting = (key) => key.startsWith(SETTING) && codes.has(key.slice(SETTING.length));
  const isNls = (key) => key.startsWith(NLS) && codes.has(key.slice(NLS.length));
  const json = (value) => JSON.stringify(value, null, 2) + '\n';

  const pkg = JSON.parse(read('package.json'));
  const configuration = pkg.contributes.configuration;
  configuration.properties = replaceEntries(
    configuration.properties,
    isSetting,
    Object.fromEntries(rules.map((r) => [SETTING + r.code, { type: 'string', enum: SEVERITIES, default: r.severity, description: `%${NLS}${r.code}%`, scope: 'resource' }])),
  );
  const nls = (file, text) => json(replaceEntries(JSON.parse(read(file)), isNls, Object.fromEntries(rules.map((r) => [NLS + r.code, text(r)]))));
  const schema = JSON.parse(read('client/schemas/speechrc.schema.json'));
  schema.properties.diagnostics.properties = Object.fromEntries(rules.map((r) => [r.code, { $ref: '#/definitions/severity', description: r.summary }]));
  schema.definitions.severity.enum = SEVERITIES;
  return {
    'package.json': json(pkg),
    'package.nls.json': nls('package.nls.json', (r) => r.description),
    'package.nls.zh-cn.json': nls('package.nls.zh-cn.json', (r) => r.summary),
    'client/schemas/speechrc.schema.json': json(schema),
  };
}

/** The rule table, read from the TypeScript source through esbuild. */
async function loadRules() {
  const { build } = await import('esbuild');
  const out = await build({ entryPoints: [join(root, 'server/src/service/diagnostics/rules.ts')], bundle: true, format: 'esm', write: false, logLevel: 'warning' });
  const module = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  return module.RULES;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const read = (file) => readFileSync(join(root, file), 'utf8');
  for (const [file, text] of Object.entries(ruleCopies(await loadRules(), read))) {
    if (read(file) !== text) {
      writeFileSync(join(root, file), text);
      console.log(`updated ${file}`);
    }
  }
}
