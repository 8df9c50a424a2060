import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../server/src/service';
import { lines } from '../helpers';
import { diagnose, found } from './helpers';

const placeholders = (text: string) => found(text, 'placeholder').map((s) => s.slice('placeholder '.length));

describe('placeholder', () => {
  it.each([
    ['完成X亿元投资。', ['「X」']],
    ['同比增长XX%。', ['「XX」']],
    ['位列全市第X位。', ['「X」']],
    ['XX区长出席。', ['「XX」']],
    ['X书记讲话。', ['「X」']],
    ['组织学 x 次。', ['「x」']],
    ['贯彻党的xxx精神。', ['「xxx」']],
    ['20XX年是关键一年。', ['「XX」']],
    ['排名第 X;1 般公共预算。', ['「X」']],
    ['实施民生“XX”工程。', ['「XX」']],
    ['感谢×同志。', ['「×」']],
    ['项目落户×。', ['「×」']],
    ['推进平安××建设。', ['「××」']],
    ['******区政府', ['「******」']],
    ['以____习近平新时代中国特色社会主义思想为指导。', ['「____」']],
    ['走访＊＊村。', ['「＊＊」']],
    ['○○乡要抓好秋收。', ['「○○」']],
    ['某某同志要带头。', ['「某某」']],
    ['成效明显【待补充】。', ['「【待补充】」']],
    ['时间[待定]。', ['「[待定]」']],
    ['（此处插入数据）', ['「（此处插入数据）」']],
    ['TODO 补充案例。', ['「TODO」']],
    ['具有代表性的重大项目有：……。', ['「……」']],
  ])('%s', (text, expected) => {
    expect(placeholders(lines('在会议上的讲话', text))).toEqual(expected);
  });

  it.each([
    '配备X光机两台。',
    '开展X射线检测。',
    '拍X线片。',
    'GDP增长8.3%。',
    'PPP项目加快推进。',
    '标准化厂房完成pp棉设备安装。',
    'A、B、C3个车间。',
    '5G基站全覆盖。',
    '打造“415X”先进制造业集群。',
    '推进“双尖双领+X”项目。',
    '推行“1+X”证书制度。',
    '展板尺寸3×4米。',
    '提供7×24小时服务。',
    '尺寸 3 × 4。',
    '二〇〇五年以来。',
    '从现在到二○二○年。',
    '某些地方，某种程度上。',
    '审批、供地、融资……每一个环节都要提速。',
    '**重点工作**要抓实。',
    '__强调__一下。',
    'PM_2.5浓度下降。',
    '***',
    '见 `XX` 字段。',
    '详见 https://example.org/XX/a 页面。',
    '联系 Xi 同志。',
  ])('not in %s', (text) => {
    expect(placeholders(lines('在会议上的讲话', text))).toEqual([]);
  });

  it('reports each placeholder separately with a message naming it', () => {
    const [first, second] = diagnose('完成X至X区苗木移栽。');
    expect([first.start, second.start]).toEqual([2, 4]);
    expect(first.message).toBe('占位符“X”未替换：请填入实际内容');
    expect(first.severity).toBe('warning');
  });

  it('takes extra patterns and real words from the configuration', () => {
    const config = { ...EMPTY_CONFIG, placeholders: ['〔待填[^〕]*〕'], notPlaceholders: ['XX公司'] };
    // 〔待填〕 is a blank of the built-in form too: one diagnostic for it either way.
    expect(placeholders('金额〔待填〕万元，XX公司承建，XX月完工。').length).toBe(3);
    expect(found('金额〔待填〕万元，XX公司承建，XX月完工。', 'placeholder', config).map((s) => s.slice(12))).toEqual(['「〔待填〕」', '「XX」']);
  });

  it('reports the blanks our snippets and phrases leave unfilled (〔会议名称〕), not 〔2024〕 or a note number', () => {
    expect(placeholders('今天，我们召开〔会议名称〕，主要任务是〔任务〕。')).toEqual(['「〔会议名称〕」', '「〔任务〕」']);
    expect(placeholders('根据《国务院关于印发…的通知》（国发〔2024〕5号）精神。〔一〕见注释。')).toEqual([]);
  });

  it('skips residue lines, code and comments', () => {
    expect(placeholders(lines('```', 'XX', '```', '<!-- XX -->', '咨询QQ123456，XX元'))).toEqual([]);
  });
});
