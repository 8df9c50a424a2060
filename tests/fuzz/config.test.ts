// Fuzz of hostile configuration: random .speechrc.json and phrase files read by the loaders the server
// and the CLI use, and random regular expressions as user patterns. Nothing may throw; an accepted
// pattern must finish on the inputs that make backtracking patterns explode (a hang fails the test by
// its timeout).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { getCompletions, getDiagnostics, parse, PhraseIndex, resolveOptions } from '../../server/src/service';
import { compileUserPattern } from '../../server/src/service/userPattern';
import { SpeechrcLoader } from '../../server/src/speechrc';
import { loadUserPhrases, MAX_USER_PHRASES } from '../../server/src/userPhrases';
import { speechLike } from './arbitraries';
import { budget, counter, timeout } from './budget';

const stats = counter('config');
afterAll(() => stats.save());

/** Regular-expression source from a small grammar: the shapes that backtrack are all reachable. */
const { pattern } = fc.letrec<{ pattern: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('a', 'b', 'X', '某', '.', '\\d', '\\w', '\\s', '[ab]', '[^】]', '\\p{Script=Han}', '^', '$', '\\b', '\\1', '(?=a)'),
    tie('pattern').map((p) => `(${p})`),
    tie('pattern').map((p) => `(?:${p})`),
  ),
  pattern: fc
    .array(
      fc.tuple(
        tie('atom'),
        fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,3}', '{2,}', '*?', '+?'),
        fc.constantFrom('', '', '', '|'),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((parts) => parts.map(([atom, quantifier, bar]) => atom + quantifier + bar).join('')),
}));

/** JSON-ish text: valid objects with random values, deep nesting, and broken text. */
const jsonish = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.record({ placeholders: fc.array(pattern, { maxLength: 3 }), residue: fc.array(pattern, { maxLength: 3 }), diagnostics: fc.dictionary(fc.string(), fc.string()) }).map((o) => JSON.stringify(o)),
  fc.integer({ min: 1, max: 3000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  fc.integer({ min: 1, max: 3000 }).map((n) => '['.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.array(fc.oneof(fc.string(), fc.record({ text: fc.string(), category: fc.string(), where: fc.string() })), { maxLength: 30 }).map((a) => JSON.stringify(a)),
);

describe('fuzz: hostile configuration', () => {
  it(
    'user patterns are refused or finish on inputs that make backtracking explode',
    () => {
      fc.assert(
        fc.property(pattern, fc.constantFrom('a', 'ab', 'aX', ' a', '某a'), (source, unit) => {
          stats.add('patterns');
          const compiled = compileUserPattern(source);
          if ('problem' in compiled) {
            stats.add('patterns refused');
            expect(compiled.problem).toMatch(/[\u4e00-\u9fff]/);
            return;
          }
          for (const input of [unit.repeat(30) + '!', unit.repeat(30) + '\n', '!' + unit.repeat(30)]) {
            compiled.regex.lastIndex = 0;
            compiled.regex.test(input);
            [...input.matchAll(compiled.regex)];
          }
        }),
        budget(500, 0.1),
      );
    },
    timeout(0.1),
  );

  it(
    '.speechrc.json and phrase files of any content are read without throwing, and checking and completion go on',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'speech-fuzz-config-'));
      mkdirSync(join(dir, '.speech'));
      fc.assert(
        fc.property(jsonish, jsonish, speechLike, (rcText, phraseText, speech) => {
          stats.add('configurations');
          writeFileSync(join(dir, '.speechrc.json'), rcText);
          writeFileSync(join(dir, '.speech', 'phrases.json'), phraseText);
          const loaded = new SpeechrcLoader().load(join(dir, '.speechrc.json'));
          expect(loaded).toBeDefined();
          const options = resolveOptions(loaded!.config);
          const model = parse(speech);
          getDiagnostics(model, options);
          const phrases = loadUserPhrases([dir], []);
          expect(phrases.phrases.length).toBeLessThanOrEqual(MAX_USER_PHRASES);
          const index = PhraseIndex.create(phrases.phrases);
          expect(index.phrases.length).toBeGreaterThan(phrases.phrases.length); // the built-in ones stay
          getCompletions(model, speech.length, index);
        }),
        budget(150, 0.1),
      );
    },
    timeout(0.1),
  );
});
