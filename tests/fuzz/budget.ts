// How long the fuzz properties run: a short seeded run in `npm test`; `npm run fuzz -- --seconds N`
// (tests/fuzz/run.mjs) sets FUZZ_SECONDS and a random seed, and collects the figures in FUZZ_STATS.
import { appendFileSync } from 'node:fs';
import type fc from 'fast-check';

export const fuzzSeconds = Number(process.env.FUZZ_SECONDS ?? 0);
const seed = Number(process.env.FUZZ_SEED ?? 17);

/** fast-check parameters: `shortRuns` runs from a fixed seed, or as many as fit in the long run's share. */
export function budget(shortRuns: number, share = 1): fc.Parameters<unknown> {
  return fuzzSeconds > 0
    ? { seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: fuzzSeconds * 1000 * share, markInterruptAsFailure: false }
    : { seed, numRuns: shortRuns };
}

/** The test timeout for a property given `share` of the long run. */
export const timeout = (share = 1, short = 60_000) => (fuzzSeconds > 0 ? fuzzSeconds * 1000 * share + 120_000 : short);

/** Counts of what a property did, written out for the runner's summary. */
export function counter(name: string, ...zeros: string[]) {
  // What must stay zero is listed from the start, so the summary shows the zero.
  const counts: Record<string, number> = Object.fromEntries(zeros.map((key) => [key, 0]));
  return {
    add(key: string, n = 1) {
      counts[key] = (counts[key] ?? 0) + n;
    },
    counts,
    save() {
      if (process.env.FUZZ_STATS) appendFileSync(process.env.FUZZ_STATS, JSON.stringify({ name, ...counts }) + '\n');
    },
  };
}
