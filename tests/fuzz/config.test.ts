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
import { jsonish, pattern, speechLike } from './arbitraries';
import { budget, counter, timeout } from './budget';

const stats = counter('config');
afterAll(() => stats.save());

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
