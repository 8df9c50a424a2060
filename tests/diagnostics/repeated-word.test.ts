import { describe, expect, it } from 'vitest';
import { lines } from '../helpers';
import { afterFix, diagnose, found } from './helpers';

const repeated = (text: string) => found(text, 'repeated-word');

describe('repeated-word', () => {
  it.each([
    ['这是我们的的责任。', '的', '这是我们的责任。'],
    ['我们我们要抓好落实。', '我们', '我们要抓好落实。'],
    ['要进一步进一步加强。', '进一步', '要进一步加强。'],
    ['首先，，要统一思想。', '，', '首先，要统一思想。'],
    ['工作完成了了。', '了', '工作完成了。'],
    ['抓好落实。。', '。', '抓好落实。'],
  ])('%s', (text, copy, fixed) => {
    expect(repeated(text)).toEqual([`repeated-word 「${copy}」`]);
    expect(afterFix(text, 'repeated-word')).toBe(fixed);
  });

  it('deletes all the extra copies of a mark at once, and goes into fix-all', () => {
    expect(repeated('好。。。')).toEqual(['repeated-word 「。。」']);
    expect(diagnose('好，，')[0].fixes[0].safe).toBe(true);
  });

  it('passes reduplication and words that happen to meet', () => {
    const text = lines(
      '常常、人人、研究研究、讨论讨论、一一落实、谢谢大家。',
      '的的确确，实实在在，不了了之，受不了了，现在不得了了。',
      '为了了解情况，实现目的的手段，有的的确很好。',
      '审批、供地、融资……每一个环节——都要抓好。',
    );
    expect(repeated(text)).toEqual([]);
  });

  it.each([
    ['在物质福利上给了了少数民族很大好处。', '了'],
    ['三十多年的快速发展靠的是是改革开放。', '是'],
    ['法律的权威也也在于实施。', '也'],
    ['进而而推动高质量发展。', '而'],
    ['剩余的扣子都都会扣错。', '都'],
    ['如果开始就就咬耳朵、扯袖子。', '就'],
    ['我们要要用一切努力和适当办法。', '要'],
    ['任重而道远，需要要我们每一个人继续付出辛勤劳动。', '要'],
    ['应该把把亚洲多样性和各国的差异性考虑进去。', '把'],
    ['坚定不移推进党风廉政建设和和反腐败斗争。', '和'],
    // After a listed word that is not doubled (但是), a pair may start inside it.
    ['但是是很多人的调查方法是错误的。', '是'],
    // Next to another pair that is no AABB word.
    ['人类创新潜能也也远远超出想象。', '也'],
    ['天天要要洗脸，天天要扫地。', '要'],
  ])('a short word typed twice inside a sentence: %s', (text, copy) => {
    expect(repeated(text)).toEqual([`repeated-word 「${copy}」`]);
  });

  it('passes words that end and start with the same character (毛泽东选集, 习近平讲话)', () => {
    const text = lines(
      '实事求是是马克思主义的根本观点，这也是是非问题。',
      '找到了了解农村的门路，明了了为什么，为了了结此事，取得了了不起的成就。',
      '首都都市圈，成都都江堰，成就就是动力，就就业问题作出部署。',
      '这是主要要求，也是重要要素；一把把钥匙，要把把关作为重点。',
      '推动关系缓和和改善，巩固国家地位和和平局面。',
      '的的确确，实实在在，是是非非，和和美美，和和气气，自自在在。',
    );
    expect(repeated(text)).toEqual([]);
  });

  it('passes 的 then 的话 and 不甚了了 (毛泽东选集)', () => {
    const text = lines('如果他们对于团结救国也是真实的的话，那末他们就能够进一步作出这样的结论。', '叫作又懂又不懂，不甚了了。');
    expect(repeated(text)).toEqual([]);
  });
});
