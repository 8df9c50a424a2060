import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/service';
import { itemsOf, lines } from '../helpers';

const runsOf = (text: string) =>
  parse(text).speeches.flatMap((s) => s.runs.map((r) => `${r.family}:${r.items.map((i) => i.value).join(',')}`));

describe('inline enumeration families', () => {
  it('finds 一是 runs at paragraph start and after sentence marks', () => {
    expect(itemsOf('一是落实党政同责。二是压实部门责任；三是强化督查：四是“严”字当头！五是问效？六是收尾。')).toEqual([
      'shi1:一是',
      'shi2:二是',
      'shi3:三是',
      'shi4:四是',
      'shi5:五是',
      'shi6:六是',
    ]);
  });

  it('finds 一要, 第一， and 首先 families', () => {
    expect(itemsOf(lines('一要突出抓项目。', '二要持续脱贫攻坚。'))).toEqual(['yao1:一要', 'yao2:二要']);
    expect(itemsOf('第一，全。第二，精。第三、实。第四：严。')).toEqual(['di1:第一，', 'di2:第二，', 'di3:第三、', 'di4:第四：']);
    expect(itemsOf('首先，统一思想。其次，明确责任。再次，强化保障。最后，严格考核。')).toEqual([
      'order1:首先，',
      'order2:其次，',
      'order3:再次，',
      'order99:最后，',
    ]);
  });

  it('reads the Arabic mis-conversions 1 是 as the 一是 family', () => {
    const model = parse('完成XX万元。1 是全力推动项目建设。2是延续做强工业经济。');
    expect(model.speeches[0].items.map((i) => [i.family, i.value, i.numeralStyle])).toEqual([
      ['shi', 1, 'arabic'],
      ['shi', 2, 'arabic'],
    ]);
  });

  it('accepts half-width sentence marks and a closing quote before an item', () => {
    expect(itemsOf('主要表现在:一是劲头不足;二是合力不强!三是作风不实?')).toHaveLength(3);
    expect(itemsOf('他说：“要抓落实。”一是抓责任。二是抓督查。')).toEqual(['shi1:一是', 'shi2:二是']);
  });

  it('counts an item after a comma when it goes on with an open run, or opens a run that goes on', () => {
    expect(itemsOf('一是劲头不足。二是合力不强，三是依法行政有待提高。')).toEqual(['shi1:一是', 'shi2:二是', 'shi3:三是']);
    expect(itemsOf('要做好两点，一是稳，二是进。')).toEqual(['shi1:一是', 'shi2:二是']);
    expect(itemsOf('当前还存在一些问题，一是产业结构不优。二是创新能力不强。')).toEqual(['shi1:一是', 'shi2:二是']);
    // One further (a gap) or the same (a duplicate) still belongs to the run, for the checks to report.
    expect(itemsOf('一是劲头不足，三是合力不强。')).toEqual(['shi1:一是', 'shi3:三是']);
    // Nothing goes on with it: prose.
    expect(itemsOf('做好一件事，一是稳字当头。')).toEqual([]);
    expect(itemsOf('其中，一是一心一意谋发展。')).toEqual([]);
  });

  it('keeps each item title within the item', () => {
    const model = parse('要做好两点，一是稳，二是进。');
    expect(model.speeches[0].items.map((i) => model.text.slice(i.title.start, i.title.end))).toEqual(['一是稳', '二是进']);
  });

  it('finds items in the body of a run-in heading', () => {
    expect(itemsOf('（二）重点工作攻坚有力。一是在“三大攻坚战”上有突破。二是在疫情防控上有成效。')).toEqual(['shi1:一是', 'shi2:二是']);
  });
});

describe('look-alikes that are not items', () => {
  it.each([
    ['第一书记要驻村。'],
    ['第三方评估。'],
    ['第一责任人。'],
    ['第一次是2015年2月13日。'],
    ['第一个阶段，从二○二○年到二○三五年。'],
    ['统一要求，统一部署。'],
    ['一是一、二是二，来不得半点虚假。'],
    ['一是否到位要看结果。'],
    ['三要素必须齐全。'],
    ['最后，衷心祝开张大吉！'],
    ['其次，还要看到不足。'],
    ['全市第一，全省第二。'],
    ['1.5亿元已经到位。'],
    ['2025年是关键之年。'],
    ['一是一，二是二。'],
  ])('%s', (text) => {
    expect(itemsOf(lines('在某会议上的讲话', '同志们：', text))).toEqual([]);
  });

  it('keeps items whose text starts with their own numeral', () => {
    expect(itemsOf('一是一心一意谋发展。二是二者兼顾。')).toEqual(['shi1:一是', 'shi2:二是']);
  });

  it('needs a sentence start', () => {
    expect(itemsOf('主要包括统一是前提、二要是方法。')).toEqual([]);
  });
});

describe('runs', () => {
  it('starts a new run when the numbering restarts at 一', () => {
    expect(runsOf(lines('一要压实责任。', '二要加强调度。', '最后，再强调几点要求：', '一要抓落实。', '二要抓督查。', '三要抓问效。'))).toEqual([
      'yao:1,2',
      'yao:1,2,3',
    ]);
  });

  it('resets at every heading', () => {
    expect(runsOf(lines('（一）甲', '一是甲一。', '二是甲二。', '（二）乙', '二是乙二。'))).toEqual(['shi:1,2', 'shi:2']);
  });

  it('keeps families apart', () => {
    expect(runsOf('一是甲。第一，乙。二是丙。第二，丁。')).toEqual(['shi:1,2', 'di:1,2']);
  });

  it('nests an inline run inside a run of paragraph-opening items', () => {
    const text = lines('一是抓项目。', '二是抓招商。重点有三：一是引进龙头。二是延链补链。三是优化服务。', '三是抓服务。');
    expect(runsOf(text)).toEqual(['shi:1,2,3', 'shi:1,2,3']);
  });

  it('continues an inline run in the next paragraph', () => {
    expect(runsOf(lines('主要问题：一是增长乏力。二是后劲不足。', '三是风险较多。'))).toEqual(['shi:1,2,3']);
  });

  it('lets 其次 and 最后 join only a run that 首先 opened', () => {
    expect(runsOf('首先，要统一思想。其次，要明确责任。最后，要严格考核。')).toEqual(['order:1,2,99']);
    expect(runsOf('其次，要明确责任。最后，要严格考核。')).toEqual([]);
  });

  it('files items under the most recent heading', () => {
    const model = parse(lines('一、甲', '一是甲一。', '（一）乙', '一是乙一。'));
    const [first, second] = model.speeches[0].items;
    expect(first.section?.heading.marker.value).toBe(1);
    expect(first.section?.heading.level).toBe(1);
    expect(second.section?.heading.level).toBe(2);
  });
});
