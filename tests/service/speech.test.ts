import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/service';
import { fixture, lines, slice } from '../helpers';

describe('head of a speech', () => {
  it('reads title, speaker, date and salutation', () => {
    const text = lines('在全区重点工作推进会上的讲话', '区长 卢学国', '（2025年3月8日）', '同志们：', '今天，我们召开会议。');
    const [speech] = parse(text).speeches;
    const model = parse(text);
    expect(speech.title?.text).toBe('在全区重点工作推进会上的讲话');
    expect(speech.speakers.map((s) => slice(model, s))).toEqual(['区长 卢学国']);
    expect(speech.dates.map((s) => slice(model, s))).toEqual(['（2025年3月8日）']);
    expect(slice(model, speech.salutation!)).toBe('同志们：');
    expect(speech.paragraphs.map((p) => p.role)).toEqual(['opening']);
  });

  it('reads a date of year and month alone, in either kind of bracket, as collected works date a speech', () => {
    for (const date of ['（一九五五年三月）', '(一九五五年三月)', '2025年3月']) {
      const text = lines('在中国共产党全国代表会议上的讲话', date, '', '同志们：', '今天开会。');
      const model = parse(text);
      expect(model.speeches[0].dates.map((s) => slice(model, s)), date).toEqual([date]);
    }
    // A line that goes on after the month is no date line.
    const text = lines('在全区重点工作推进会上的讲话', '2025年3月全区经济运行情况', '同志们：');
    expect(parse(text).speeches[0].dates).toEqual([]);
  });

  it('joins a title wrapped over two lines', () => {
    const text = lines('在2025年区政府第一次全体（扩大）会', '暨廉政建设工作会议上的讲话', '区长 卢学国', '同志们：');
    const [speech] = parse(text).speeches;
    expect(speech.title?.text).toBe('在2025年区政府第一次全体（扩大）会暨廉政建设工作会议上的讲话');
    expect(speech.title?.parts).toHaveLength(2);
  });

  it('joins a title block split by blank lines, and reads the subtitle', () => {
    const text = lines('决胜全面建成小康社会', '', '', '为夺取新时代中国特色社会主义伟大胜利', '', '——在中国共产党第十九次全国代表大会上的报告', '', '（2017年10月18日）', '', '习　近　平', '', '同志们：');
    const model = parse(text);
    const [speech] = model.speeches;
    expect(speech.title?.text).toBe('决胜全面建成小康社会为夺取新时代中国特色社会主义伟大胜利');
    expect(speech.subtitles.map((s) => slice(model, s))).toEqual(['——在中国共产党第十九次全国代表大会上的报告']);
    expect(speech.speakers.map((s) => slice(model, s))).toEqual(['习　近　平']);
  });

  it('reads a wrapped subtitle, a date-led subtitle and office-and-name speaker lines', () => {
    const model = parse(lines('政府工作报告', '——2026年1月26日在广东省第十四届', '人民代表大会第五次会议上', '广东省省长 孟凡利', '各位代表：'));
    const [speech] = model.speeches;
    expect(speech.title?.text).toBe('政府工作报告');
    expect(speech.subtitles).toHaveLength(2);
    expect(speech.speakers.map((s) => slice(model, s))).toEqual(['广东省省长 孟凡利']);
    const other = parse(lines('2026年浙江省政府工作报告', '2026年1月14日在浙江省第十四届', '港闸区委常委、副区长杨建', '各位代表：'));
    expect(other.speeches[0].subtitles).toHaveLength(1);
    expect(other.speeches[0].speakers).toHaveLength(1);
  });

  it('reads speaker names written with CJK Extension B characters (𠀾, two UTF-16 units each)', () => {
    const model = parse(lines('在全区工作会议上的讲话', '区长 张𠀾', '习　近　𠀾', '同志们：'));
    expect(model.speeches[0].speakers.map((s) => slice(model, s))).toEqual(['区长 张𠀾', '习　近　𠀾']);
  });

  it('takes a title that starts with a year', () => {
    expect(parse(lines('2025年区委全体会议讲话', '受区委常委会委托，我代表区委作报告。')).speeches[0].title?.text).toBe('2025年区委全体会议讲话');
  });

  it('reads long salutations and a salutation that runs into the opening', () => {
    const model = parse(lines('尊敬的各位领导、各位来宾，女士们、先生们：', '大家下午好！'));
    expect(slice(model, model.speeches[0].salutation!)).toBe('尊敬的各位领导、各位来宾，女士们、先生们：');
    const runIn = parse(lines('区委常委全体会议上的讲话', '同志们：年初以来，区委常委会坚持稳中求进。'));
    const [speech] = runIn.speeches;
    expect(slice(runIn, speech.salutation!)).toBe('同志们：');
    expect(slice(runIn, speech.paragraphs[0])).toBe('年初以来，区委常委会坚持稳中求进。');
  });

  it('has no title when the speech starts with its salutation', () => {
    const [speech] = parse(lines('同志们:', '刚才,X书记作了报告。', '一、总结,我们要客观')).speeches;
    expect(speech.title).toBeUndefined();
    expect(speech.salutation).toBeDefined();
  });

  it('does not take a sentence for a title', () => {
    expect(parse(lines('今天，我们召开这次会议。', '一、甲')).speeches[0].title).toBeUndefined();
  });
});

describe('collections', () => {
  it('starts a speech at each 第N篇 header and at 附件', () => {
    const text = lines('第一篇：区委全体会议区长讲话', '区长在区委全体会议上的讲话', '一、甲', '第二篇：区长讲话', '一、乙', '附件1', '2026年省十件民生实事', '一、丙');
    const model = parse(text);
    expect(model.speeches.map((s) => [s.header && slice(model, s.header), s.header?.kind, s.title?.text, s.headings.length])).toEqual([
      ['第一篇：区委全体会议区长讲话', '篇', '区长在区委全体会议上的讲话', 1],
      ['第二篇：区长讲话', '篇', undefined, 1],
      ['附件1', '附件', '2026年省十件民生实事', 1],
    ]);
  });

  it('starts a new speech at a # title after content', () => {
    const model = parse(lines('# 第一次讲话', '一、甲', '', '# 第二次讲话', '一、乙'));
    expect(model.speeches.map((s) => s.title?.text)).toEqual(['第一次讲话', '第二次讲话']);
  });

  it('does not take 第一篇文章 for a header', () => {
    expect(parse('第一篇文章写得好。').speeches[0].header).toBeUndefined();
  });
});

describe('opening and closing', () => {
  it('marks the opening, body and the closing paragraphs', () => {
    const text = lines(
      '在会议上的讲话',
      '同志们：',
      '今天，我们召开会议。',
      '下面，我讲三点意见。',
      '一、甲',
      '正文。',
      '同志们，任务艰巨。让我们为完成全年目标而努力奋斗！',
      '谢谢大家！',
    );
    const [speech] = parse(text).speeches;
    expect(speech.paragraphs.map((p) => p.role)).toEqual(['opening', 'opening', 'body', 'closing', 'closing']);
  });

  it('ends the opening at the first paragraph that opens an enumeration', () => {
    const [speech] = parse(lines('在会议上的讲话', '今天，我们召开会议。', '一要突出抓项目。', '二要抓招商。')).speeches;
    expect(speech.paragraphs.map((p) => p.role)).toEqual(['opening', 'body', 'body']);
  });
});

describe('template residue', () => {
  it('recognises the watermark block, advert lines and short lines inside the block', () => {
    const text = fixture('corpus/003.speech.md');
    const model = parse(text);
    expect(model.residue.map((r) => r.line + 1)).toEqual([1, 2, 3, 4, 5, 7, 8, 9]);
    expect(model.speeches[0].title?.text).toBe('在全区重点工作推进会上的讲话');
  });

  it('recognises a web-excerpt first line and stray question marks', () => {
    const model = parse(lines('在2024年全区会议上的讲话今天，我们召开会议，主要目的就是动员全区上下...', '在2025年全区会议上的讲话', '?', '同志们：'));
    expect(model.residue.map((r) => [r.line, r.kind])).toEqual([
      [0, 'excerpt'],
      [2, 'stray'],
    ]);
    expect(model.speeches[0].title?.text).toBe('在2025年全区会议上的讲话');
  });

  it('recognises disclaimers, QQ adverts, source lines and captions', () => {
    const kinds = (line: string) => parse(line).residue.map((r) => r.kind);
    expect(kinds('来源:网络整理 免责声明:本文仅限学习分享,如产生版权问题,请联系我们及时删除。')).toEqual(['disclaimer']);
    expect(kinds('酷乐文行整理，咨询QQ206157060')).toEqual(['advert']);
    expect(kinds('来源：浙江日报')).toEqual(['source']);
    expect(kinds('（新华社北京8月31日电）')).toEqual(['source']);
    expect(kinds('自治区人民政府主席包钢作政府工作报告。本报记者 韩卿立 摄')).toEqual(['caption']);
  });

  it('leaves paragraphs that merely mention the words alone', () => {
    const kinds = (line: string) => parse(line).residue;
    expect(kinds('要严厉打击倒卖文物、非法采砂等违法行为，依法维护市场秩序，切实保障人民群众生命财产安全，推动形成长效机制。')).toEqual([]);
    expect(kinds('通过微信群、QQ群等渠道，及时发布防汛预警信息。')).toEqual([]);
    expect(kinds('这些资料仅供学习参考的说法不对，我们要把学习成果转化为推动工作的实际行动，切实抓好贯彻落实。')).toEqual([]);
  });

  it('does not pull a title into a watermark block across a blank line', () => {
    const model = parse(lines('仅供学习 禁止外传', '现在订阅立享前3年的所有权益', '', '在第四季度工作安排部署会上的讲话', '', '酷乐文行整理，咨询QQ206157060'));
    expect(model.speeches[0].title?.text).toBe('在第四季度工作安排部署会上的讲话');
  });
});
