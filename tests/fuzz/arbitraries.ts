// Random speeches: the pieces speeches are made of, lines of real speeches, and junk, so that random
// inputs reach the interesting paths of the parser and the checks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { root } from '../helpers';

export const pieces = fc.constantFrom(
  '一、', '（一）', '(二)', '1.', '1．', '2、', '（1）', '①', '一是', '二是', '一要', '第一，', '首先，', '其次，', '最后，',
  '第一篇：', '附件', '# ', '## ', '### ', '同志们：', '讲话', '。', '；', '：', '，', ',', '?', '“', '”', '（', '）', '\n', '\r\n', '\r', ' ', '　',
  'XX', '...', '仅供学习 禁止外传', 'QQ123456', '2025年', '1.5亿元', '三心二意', '3心2意', '𠀀', '\uD800', '\uDC00', '\uFEFF', '\u0000', '```', '<!--', '-->',
  '<!-- speech-disable -->', '<!-- speech-enable -->', '二、', '三、', '（三）', '第二个问题', '谢谢大家！',
);

const corpusDir = join(root, 'tests/fixtures/corpus');
const corpusLines = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.speech.md'))
  .flatMap((name) => readFileSync(join(corpusDir, name), 'utf8').split('\n'))
  .filter((line) => line.trim())
  .slice(0, 4000);
export const corpusLine = fc.constantFrom(...corpusLines);

/** A speech-like text: pieces, real lines and short random strings. */
export const speechLike = fc
  .array(fc.oneof({ weight: 4, arbitrary: pieces }, { weight: 2, arbitrary: corpusLine.map((l) => l + '\n') }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** Any text at all: speech-like, or arbitrary UTF-16 (lone surrogates included). */
export const anyText = fc.oneof({ weight: 3, arbitrary: speechLike }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) });

/** An edit as fractions of the text it lands on, so that it fits whatever the edits before made. */
export const editShape = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })),
  text: fc.oneof(fc.constant(''), pieces, fc.constantFrom('\r', '\n', '\r\n', '\n\n', '𠀀', '\uDBC0'), corpusLine, fc.string({ unit: 'binary', maxLength: 4 })),
});
export type EditShape = typeof editShape extends fc.Arbitrary<infer T> ? T : never;

/** Regular-expression source from a small grammar: the shapes that backtrack are all reachable. */
export const { pattern } = fc.letrec<{ pattern: string; atom: string }>((tie) => ({
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
export const jsonish = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.record({ placeholders: fc.array(pattern, { maxLength: 3 }), residue: fc.array(pattern, { maxLength: 3 }), diagnostics: fc.dictionary(fc.string(), fc.string()) }).map((o) => JSON.stringify(o)),
  fc.integer({ min: 1, max: 3000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  fc.integer({ min: 1, max: 3000 }).map((n) => '['.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.array(fc.oneof(fc.string(), fc.record({ text: fc.string(), category: fc.string(), where: fc.string() })), { maxLength: 30 }).map((a) => JSON.stringify(a)),
);
