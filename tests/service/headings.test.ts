import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/service';
import { headingsOf, lines } from '../helpers';

describe('heading levels and marker variants', () => {
  it.each([
    ['一、总体要求', 1, 'cn-dun'],
    ['十二、其他', 1, 'cn-dun'],
    ['九十九、最后一项', 1, 'cn-dun'],
    ['一.总体要求', 1, 'cn-dot'],
    ['一．总体要求', 1, 'cn-dot'],
    ['一，总体要求', 1, 'cn-comma'],
    ['（一）坚持稳中求进', 2, 'cn-paren'],
    ['(一)坚持稳中求进', 2, 'cn-ascii-paren'],
    ['（十四）坚持全面从严治党', 2, 'cn-paren'],
    ['1.加强能力建设', 3, 'num-dot'],
    ['1．加强能力建设', 3, 'num-fullwidth-dot'],
    ['1、加强能力建设', 3, 'num-dun'],
    ['10.除险保安方面', 3, 'num-dot'],
    ['１．全角数字', 3, 'num-fullwidth-dot'],
    ['（1）任务清单', 4, 'num-paren'],
    ['(1)任务清单', 4, 'num-ascii-paren'],
    ['①任务清单', 4, 'circled'],
  ])('%s is level %i (%s)', (line, level, style) => {
    const [heading] = parse(line).speeches[0].headings;
    expect(heading.level).toBe(level);
    expect(heading.marker.style).toBe(style);
  });

  it('reads the marker value', () => {
    const values = parse(lines('十一、a', '（二十三）b', '12.c', '（7）d', '⑳e')).speeches[0].headings.map((h) => h.marker.value);
    expect(values).toEqual([11, 23, 12, 7, 20]);
  });

  it('records wrong punctuation after a bracketed marker', () => {
    const text = '（一）、坚持稳中求进';
    const [heading] = parse(text).speeches[0].headings;
    expect(heading.level).toBe(2);
    expect(text.slice(heading.marker.extraPunctuation!.start, heading.marker.extraPunctuation!.end)).toBe('、');
  });

  it('ignores indentation, full-width spaces and a BOM before the marker', () => {
    expect(headingsOf('\uFEFF　　一、深度贫困地区是脱贫攻坚的坚中之坚')).toEqual(['1:一、深度贫困地区是脱贫攻坚的坚中之坚']);
    expect(headingsOf('  （二）着力扩大内需')).toEqual(['2:（二）着力扩大内需']);
  });
});

describe('look-alikes that are not headings', () => {
  it.each([
    '1.5亿元的技改资金已经到位。',
    '2025年，全区经济稳中向好。',
    '12.5万户农户受益。',
    '2.5',
    '第一书记要驻村。',
    '第三方评估已经完成。',
    '第一责任人要亲自抓。',
    '统一要求，统一部署。',
    '一是一、二是二，来不得半点虚假。',
    '一是落实党政同责。',
    '1 是全力推动项目建设。',
    '3×4的展板。',
    '5G基站建设。',
    '一、二、三产业融合发展。',
    '1、2、3号楼已封顶。',
    '10.5%的增速。',
    '（2025年3月8日）',
    '一',
    '（一）',
  ])('%s', (line) => {
    expect(headingsOf(lines('在某会议上的讲话', '同志们：', line))).toEqual([]);
  });
});

describe('run-in headings', () => {
  it('takes the first sentence as the heading and the rest as body', () => {
    const text = '（一）经济发展险中有进。上半年实现GDP增长X%;地方财政收入增长X%。';
    const [heading] = parse(text).speeches[0].headings;
    expect(text.slice(heading.title.start, heading.title.end)).toBe('（一）经济发展险中有进');
    expect(text.slice(heading.body!.start, heading.body!.end)).toBe('上半年实现GDP增长X%;地方财政收入增长X%。');
  });

  it('does not end the first sentence inside quotes or brackets', () => {
    expect(headingsOf('（一）实现了“三强。三优”目标。正文')).toEqual(['2:（一）实现了“三强。三优”目标']);
    expect(headingsOf('一、总结,我们要客观')).toEqual(['1:一、总结,我们要客观']);
    expect(headingsOf('1.“四上”企业：')).toEqual(['3:1.“四上”企业']);
  });

  it('does not cut at a colon between digits', () => {
    expect(headingsOf('一、上午9:30开会。正文')).toEqual(['1:一、上午9:30开会']);
  });
});

describe('Markdown headings', () => {
  it('lets a marker decide the level', () => {
    expect(headingsOf(lines('# 在会议上的讲话', '## 一、统一思想', '### （一）提高站位', '#### 1. 细化任务'))).toEqual([
      '1:一、统一思想',
      '2:（一）提高站位',
      '3:1. 细化任务',
    ]);
    expect(headingsOf('### 一、标记优先')).toEqual(['1:一、标记优先']);
  });

  it('uses the number of # marks without a marker', () => {
    const model = parse(lines('# 在会议上的讲话', '## 统一思想', '### 提高站位', '###### 很深'));
    expect(model.speeches[0].title?.text).toBe('在会议上的讲话');
    expect(model.speeches[0].headings.map((h) => [h.level, h.marker.style])).toEqual([
      [1, 'markdown'],
      [2, 'markdown'],
      [4, 'markdown'],
    ]);
  });

  it('reads bold markers and drops closing # marks', () => {
    expect(headingsOf('**一、总体要求**')).toEqual(['1:一、总体要求']);
    expect(headingsOf('## 二、主要任务 ##')).toEqual(['1:二、主要任务']);
  });

  it('skips fenced code and HTML comments', () => {
    expect(headingsOf(lines('```', '一、不是标题', '```', '<!-- speech-disable', '二、也不是', '-->', '三、是标题'))).toEqual([
      '1:三、是标题',
    ]);
  });
});

describe('section tree', () => {
  it('nests each heading under the nearest higher level, also across skipped levels', () => {
    const model = parse(lines('一、甲', '1.甲一', '2.甲二', '（一）乙', '（1）乙一', '二、丙', '①丙一'));
    const tree = model.speeches[0].sections.map(function show(s): unknown {
      return [model.text.slice(s.heading.title.start, s.heading.title.end), s.children.map(show)];
    });
    expect(tree).toEqual([
      ['一、甲', [['1.甲一', []], ['2.甲二', []], ['（一）乙', [['（1）乙一', []]]]]],
      ['二、丙', [['①丙一', []]]],
    ]);
  });

  it('ends a section at the next heading of the same or a higher level, without trailing blank lines', () => {
    const text = lines('一、甲', '正文一。', '', '（一）乙', '正文二。', '', '', '二、丙', '正文三。', '');
    const model = parse(text);
    const [first, second] = model.speeches[0].sections;
    expect(text.slice(first.start, first.end)).toBe(lines('一、甲', '正文一。', '', '（一）乙', '正文二。'));
    expect(text.slice(first.children[0].start, first.children[0].end)).toBe(lines('（一）乙', '正文二。'));
    expect(text.slice(second.start, second.end)).toBe(lines('二、丙', '正文三。'));
  });
});
