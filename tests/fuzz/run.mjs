// npm run fuzz -- --seconds N [--seed S]: the fuzz properties of tests/fuzz for about N seconds in all
// (default 60), from a random seed (printed, to replay a failure), then their figures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg('--seconds', 60);
const seed = arg('--seed', Math.floor(Math.random() * 2 ** 31));
const statsFile = join(mkdtempSync(join(tmpdir(), 'speech-fuzz-')), 'stats.jsonl');
const files = ['protocol', 'workspace', 'fixes', 'config', 'cli'].map((name) => `tests/fuzz/${name}.test.ts`);
console.log(`fuzz: ${seconds} s, seed ${seed}`);
const started = Date.now();
const run = spawnSync('npx', ['vitest', 'run', '--no-file-parallelism', ...files], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SECONDS: String(seconds), FUZZ_SEED: String(seed), FUZZ_STATS: statsFile },
});
const totals = {};
for (const line of existsSync(statsFile) ? readFileSync(statsFile, 'utf8').trim().split('\n') : []) {
  const { name, ...counts } = JSON.parse(line);
  for (const [key, n] of Object.entries(counts)) totals[`${name}: ${key}`] = (totals[`${name}: ${key}`] ?? 0) + n;
}
console.log(`fuzz: ${((Date.now() - started) / 1000).toFixed(0)} s, seed ${seed}, ${run.status === 0 ? 'no failure' : 'FAILED (the counterexample is above)'}`);
for (const [key, n] of Object.entries(totals)) console.log(`  ${key}: ${n.toLocaleString('en')}`);
process.exitCode = run.status ?? 1;
