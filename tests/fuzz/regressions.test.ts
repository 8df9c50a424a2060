// Cases the fuzz found, shrunk by hand. A case in an area another developer owns and not yet fixed is
// `it.fails`: it documents the bug and fails the day the bug is fixed, to be turned into a plain `it`.
import { describe, expect, it } from 'vitest';
import { applyEdits, parse, renumberDocument } from '../../server/src/service';

describe('fuzz regressions', () => {
  // Seed 2006652207 of `npm run fuzz -- --seconds 600`: the first renumbering makes the opening 二是 一是,
  // after which the line reads differently (the idiom 一是一、) and a second renumbering changed the other
  // 二是 too. A run whose new numbers would stop an item reading as one is now left as it is.
  it('renumbering twice changes nothing the second time (二是一、总结,… / 二是…)', () => {
    const text = '二是一、总结,我们要客观\n二是形成了态势。';
    const once = applyEdits(text, renumberDocument(parse(text)));
    expect(renumberDocument(parse(once))).toEqual([]);
  });
});
