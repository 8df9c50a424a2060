// The diagnostic rules, declared as data: stable code, default severity, what it finds. The one
// source of their metadata: scripts/rule-metadata.mjs writes the copies in package.json, both
// package.nls files and the .speechrc.json schema, and a test checks that they equal this table.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface Rule {
  readonly code: string;
  readonly severity: Severity;
  /** Short Chinese name, used in the SARIF output and as the heading in docs/rules.md. */
  readonly title: string;
  /** English, for package.nls.json and SARIF. */
  readonly description: string;
  /** Chinese, for package.nls.zh-cn.json and the .speechrc.json schema. */
  readonly summary: string;
  /** Offers one quick fix for every finding of the rule in the document, with this title (…（N处）). */
  readonly fixAllInDocument?: string;
  /** Rules whose findings win where they overlap one of this rule (a rule that is off claims nothing). */
  readonly yieldsTo?: readonly string[];
}

export const RULES = [
  {
    code: 'placeholder',
    severity: 'warning',
    title: '占位符未替换',
    description: 'Placeholders left from a template (X, XX, ×, ******, ____, ○○, 某某, 【待补充】, 〔会议名称〕, TODO).',
    summary: '未替换的占位符（X、XX、×、******、____、○○、某某、【待补充】、〔会议名称〕、TODO）。',
  },
  {
    code: 'numbering-gap',
    severity: 'error',
    title: '编号不连续',
    description: 'A missing number in a heading sequence or an enumeration run (一、二、四、).',
    summary: '编号不连续（一、二、四、）。',
  },
  {
    code: 'numbering-duplicate',
    severity: 'error',
    title: '编号重复',
    description: 'The same number twice in one sequence (（一）（二）（二）).',
    summary: '编号重复（（一）（二）（二））。',
  },
  {
    code: 'numbering-order',
    severity: 'error',
    title: '编号顺序颠倒',
    description: 'Numbers going backwards (三、 after 四、).',
    summary: '编号顺序颠倒（四、之后是三、）。',
  },
  {
    code: 'count-mismatch',
    severity: 'warning',
    title: '宣布的数目不符',
    description: 'An announced count (我讲三点意见) that differs from the points that follow.',
    summary: '宣布的数目（我讲三点意见）与实际不符。',
  },
  {
    code: 'mixed-numbering-style',
    severity: 'warning',
    title: '编号形式不统一',
    description: 'One heading level written in two styles, or enumeration families mixed (首先…其次…第三).',
    summary: '同级编号形式不统一，或列举方式混用（首先…其次…第三）。',
  },
  {
    code: 'marker-punctuation',
    severity: 'warning',
    title: '序号后标点不当',
    description: 'Wrong punctuation after a marker (一. 一， （一）、 第一、).',
    summary: '序号后标点不当（一. 一， （一）、 第一、）。',
  },
  {
    code: 'halfwidth-punctuation',
    severity: 'warning',
    title: '半角标点',
    description: 'Half-width , ; : ( ) ! ? in Chinese text.',
    summary: '中文中的半角 , ; : ( ) ! ?。',
    fixAllInDocument: '全文半角标点改为全角',
    yieldsTo: ['marker-punctuation', 'mixed-numbering-style'],
  },
  {
    code: 'digit-in-idiom',
    severity: 'warning',
    title: '固定用语误用阿拉伯数字',
    description: 'Arabic digits in fixed expressions (1 是, 第 1 时间, 1 线, 党的 109 大).',
    summary: '固定用语误用阿拉伯数字（1 是、第 1 时间、1 线、党的 109 大）。',
  },
  {
    code: 'template-residue',
    severity: 'error',
    title: '模板残留',
    description: 'Watermark, advert and disclaimer lines, web-excerpt first lines, stray ? lines.',
    summary: '模板残留：水印、广告、免责声明、网页摘要首行、单独的 ? 行。',
  },
  {
    code: 'wrong-word',
    severity: 'warning',
    title: '错别字',
    description: 'Words wrong in every context: misspelt idioms and set phrases (再接再励, 迫不急待), and 截止 before a time point (截至).',
    summary: '错别字：写错的成语和固定词语（再接再励、迫不急待），时间点前的“截止”（应为“截至”）。',
  },
  {
    code: 'unpaired-mark',
    severity: 'warning',
    title: '标点不成对',
    description: 'Quotation marks, book-title marks and brackets that do not pair within their paragraph, and straight ASCII quotes in Chinese text.',
    summary: '引号、书名号、括号在本段不成对，或中文中用了直引号 "。',
  },
  {
    code: 'repeated-word',
    severity: 'warning',
    title: '重复字词',
    description: 'A mark, function word or short word typed twice (，，, 。。, 的的, 我们我们); never reduplication (常常, 研究研究).',
    summary: '多打了一遍的标点或字词（，，、。。、的的、我们我们）；叠词（常常、研究研究）不算。',
  },
  {
    code: 'number-form',
    severity: 'warning',
    title: '数字用法',
    description: 'Number forms (GB/T 15835): 二0二五年 (二〇二五年), 3-5个 (3～5个), full-width digits (２０２５).',
    summary: '数字用法（GB/T 15835）：二0二五年应为二〇二五年，3-5个应为3～5个，全角数字２０２５应为2025。',
  },
  {
    code: 'term',
    severity: 'warning',
    title: '本单位用语',
    description: 'The office\'s required forms from "terms" in .speechrc.json.',
    summary: '本单位规定的写法（.speechrc.json 的 "terms"）。',
  },
] as const satisfies readonly Rule[];

export type DiagnosticCode = (typeof RULES)[number]['code'];
export const DIAGNOSTIC_CODES: readonly DiagnosticCode[] = RULES.map((r) => r.code);
export const DEFAULT_SEVERITY = Object.fromEntries(RULES.map((r) => [r.code, r.severity])) as Record<DiagnosticCode, Severity>;
const BY_CODE = new Map<string, Rule>(RULES.map((r) => [r.code, r]));
export const ruleOf = (code: DiagnosticCode): Rule => BY_CODE.get(code)!;

/** Where a rule is documented: its section of docs/rules.md (the heading is the code). */
export const ruleAnchor = (code: DiagnosticCode): string => `docs/rules.md#${code}`;
