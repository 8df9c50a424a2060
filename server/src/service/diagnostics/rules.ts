// The diagnostic rules, declared as data: stable code, default severity, what it finds.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface Rule {
  readonly code: string;
  readonly severity: Severity;
  /** Short Chinese name, used in settings and documentation. */
  readonly title: string;
  readonly description: string;
}

export const RULES = [
  { code: 'placeholder', severity: 'warning', title: '占位符未替换', description: 'Placeholders left from a template: X, XX, ×, ******, ____, ○○, 某某, 【待补充】, TODO, an omitted list ……' },
  { code: 'numbering-gap', severity: 'error', title: '编号不连续', description: 'A missing number in a heading sequence or an enumeration run (including one not starting at 一/1).' },
  { code: 'numbering-duplicate', severity: 'error', title: '编号重复', description: 'The same number twice in one sequence.' },
  { code: 'numbering-order', severity: 'error', title: '编号顺序颠倒', description: 'Numbers going backwards (a restart at 一 is a new sequence).' },
  { code: 'count-mismatch', severity: 'warning', title: '宣布的数目不符', description: 'An announced count (我讲三点意见) that differs from the points that follow.' },
  { code: 'mixed-numbering-style', severity: 'warning', title: '编号形式不统一', description: 'One heading level written in two styles in one speech, or enumeration families mixed (首先…其次…第三).' },
  { code: 'marker-punctuation', severity: 'warning', title: '序号后标点不当', description: 'Wrong punctuation after a marker (一. 一， （一）、 第一、).' },
  { code: 'halfwidth-punctuation', severity: 'warning', title: '半角标点', description: 'Half-width , ; : ( ) ! ? in Chinese text.' },
  { code: 'digit-in-idiom', severity: 'warning', title: '固定用语误用阿拉伯数字', description: 'Arabic digits in fixed expressions that keep Chinese numerals (1 是, 第 1 时间, 1 线, 党的 109 大).' },
  { code: 'template-residue', severity: 'error', title: '模板残留', description: 'Watermark, advert and disclaimer lines, web-excerpt first lines, stray ? lines.' },
] as const satisfies readonly Rule[];

export type DiagnosticCode = (typeof RULES)[number]['code'];
export const DIAGNOSTIC_CODES: readonly DiagnosticCode[] = RULES.map((r) => r.code);
export const DEFAULT_SEVERITY = Object.fromEntries(RULES.map((r) => [r.code, r.severity])) as Record<DiagnosticCode, Severity>;
