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

  // Seed 1073377011: 三是 三是 make a run that a later 二是 (after a lone surrogate and a comma) does not join;
  // numbered 一是 二是, the run takes it in as a second 二是. Renumbering now repeats until nothing changes.
  it('renumbering twice changes nothing the second time (三是… / 三是… / \udc00,二是…)', () => {
    const text = '三是抓实。全面加强。\n三是强化。坚决打好。\n\udc00,二是城区环境更加优美。深入开展了。\n';
    const once = applyEdits(text, renumberDocument(parse(text)));
    expect(renumberDocument(parse(once))).toEqual([]);
  });
});
