// speech-writer check: diagnostics for files, as text, JSON or SARIF; --fix applies the safe fixes.
import { resolve } from 'node:path';
import { version } from '../../../package.json';
import type { Command } from '../cli';
import { applyEdits, fixAllToFixedPoint, getDiagnostics, LineIndex, parse, resolveOptions, RULES, type CheckOptions, type SpeechDiagnostic, type SpeechModel } from '../service';
import { SpeechrcLoader } from '../speechrc';
import { STDIN, type SpeechFile } from './inputs';
import { describeProblem, type Language, type Translate } from './messages';
import { encodeText, InputError, writeBack } from './textFile';

export interface CheckedFile {
  path: string;
  model: SpeechModel;
  diagnostics: SpeechDiagnostic[];
  /** Number of fixes applied with --fix. */
  fixed: number;
}

export interface ConfigReport {
  path: string;
  problems: { line: number; column: number; message: string }[];
}

/** What `--fix` (and fix-all in the editor) would apply for this diagnostic. */
const isFixable = (d: SpeechDiagnostic): boolean => d.fixes.some((f) => f.safe && f.preferred);

function checkFiles(files: { path: string; text: string }[], fix: boolean): { checked: CheckedFile[]; configs: ConfigReport[] } {
  const loader = new SpeechrcLoader();
  const configs = new Map<string, ConfigReport>();
  const checked = files.map(({ path, text }) => {
    const rc = loader.find(resolve(path));
    if (rc && rc.problems.length && !configs.has(rc.path)) {
      const lines = new LineIndex(rc.text);
      const row = (p: { start: number; message: string }) => {
        const at = lines.positionAt(p.start);
        return { line: at.line + 1, column: at.character + 1, message: p.message };
      };
      configs.set(rc.path, { path: rc.path, problems: rc.problems.map(row) });
    }
    const options: CheckOptions = rc ? resolveOptions(rc.config) : resolveOptions();
    let model = parse(text);
    let diagnostics = getDiagnostics(model, options);
    // The editor's fix-all: one fix can uncover the next, so rounds until none is left.
    const edits = fix ? fixAllToFixedPoint(model, options, diagnostics) : [];
    if (edits.length) {
      model = parse(applyEdits(model.text, edits));
      diagnostics = getDiagnostics(model, options);
    }
    return { path, model, diagnostics, fixed: edits.length };
  });
  return { checked, configs: [...configs.values()] };
}

/**
 * Writes each changed text back in its file's own encoding (BOM and line endings kept); a file that
 * cannot be written, or changed meanwhile, is reported and the others are still written.
 */
export function writeFixed(files: SpeechFile[], texts: string[], report: (path: string, message: string) => void, t: Translate): boolean[] {
  const written: boolean[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    written.push(false);
    if (texts[i] === file.text || !file.snapshot) continue;
    try {
      writeBack(file.path, file.snapshot, encodeText(texts[i], file.encoding, file.path));
      written[i] = true;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      report(file.path, t('notWritten', describeProblem(t, error.problem, error.message)));
    }
  }
  return written;
}

export const checkCommand: Command = {
  summary: 'summary.check',
  usage: 'check [--format text|json|sarif] [--fix] [--exit-zero] FILE...',
  flags: { '--format': ['text', 'json', 'sarif'], '--fix': true, '--exit-zero': true },
  run({ files }, { options, io, t, language, report }) {
    const fix = options.has('--fix');
    if (fix && files.some((f) => f.path === STDIN)) {
      report(STDIN, t('fixStdin'));
      return 2;
    }
    const { checked, configs } = checkFiles(files, fix);
    if (fix) {
      const written = writeFixed(files, checked.map((c) => c.model.text), report, t);
      // A text not written is not fixed: report it as it is on disk.
      checked.forEach((c, i) => {
        if (!written[i] && c.fixed) checked[i] = checkFiles([files[i]], false).checked[0];
      });
    }
    const format = options.get('--format') ?? 'text';
    io.out(format === 'json' ? formatJson(checked, configs) : format === 'sarif' ? formatSarif(checked, configs, language) : formatText(checked, configs, io.tty, t));
    return options.has('--exit-zero') ? 0 : checkExitCode(checked, configs);
  },
};

interface Located {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
  fixable: boolean;
}

function locate(file: CheckedFile): Located[] {
  const { model } = file;
  return file.diagnostics.map((d) => {
    const start = model.lines.positionAt(d.start);
    const end = model.lines.positionAt(d.end);
    return { file: file.path, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, severity: d.severity, code: d.code, message: d.message, fixable: isFixable(d) };
  });
}

const COLOURS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function formatText(checked: CheckedFile[], configs: ConfigReport[], colour: boolean, t: Translate): string {
  const paint = (what: keyof typeof COLOURS, s: string) => (colour ? COLOURS[what] + s + COLOURS.reset : s);
  const groups: string[] = [];
  for (const config of configs) {
    groups.push(config.problems.map((p) => `${config.path}:${p.line}:${p.column} ${paint('error', 'error')} ${paint('dim', 'speechrc')} ${p.message}`).join('\n'));
  }
  const counts = { error: configs.reduce((n, c) => n + c.problems.length, 0), warning: 0, note: 0 };
  let fixed = 0;
  let fixable = 0;
  for (const file of checked) {
    fixed += file.fixed;
    const lines = locate(file).map((d) => {
      counts[d.severity === 'error' || d.severity === 'warning' ? d.severity : 'note']++;
      if (d.fixable) fixable++;
      const where = `${d.file}:${d.line}:${d.column}`;
      return `${paint('bold', where)} ${paint(d.severity as 'error', d.severity)} ${paint('dim', d.code)} ${d.message}${d.fixable ? ' ' + paint('dim', t('fixable')) : ''}`;
    });
    if (lines.length) groups.push(lines.join('\n'));
  }
  const count = (n: number, one: 'error' | 'warning' | 'note', many: 'errors' | 'warnings' | 'notes') => t(n === 1 ? one : many, n);
  const total = counts.error + counts.warning + counts.note;
  const parts = [count(counts.error, 'error', 'errors'), count(counts.warning, 'warning', 'warnings'), ...(counts.note ? [count(counts.note, 'note', 'notes')] : [])];
  const summary = total ? paint(counts.error ? 'error' : 'warning', t(total === 1 ? 'problem' : 'problems', total, parts.join(t('listSeparator')))) : t('noProblems');
  return [...groups, summary + (fixed ? t('fixed', fixed) : '') + (fixable ? t('fixableCount', fixable) : '')].join('\n\n') + '\n';
}

/** The .speechrc.json problems as rows like the diagnostics; `width` is how far each reaches (JSON has 0, SARIF 1). */
const configRows = (configs: ConfigReport[], width: number): Located[] =>
  configs.flatMap((c) => c.problems.map((p) => ({ file: c.path, line: p.line, column: p.column, endLine: p.line, endColumn: p.column + width, severity: 'error', code: 'speechrc', message: p.message, fixable: false })));

export function formatJson(checked: CheckedFile[], configs: ConfigReport[]): string {
  const config = configRows(configs, 0);
  return JSON.stringify([...config, ...checked.flatMap(locate)], null, 2) + '\n';
}

const SPEECHRC_RULE = { zh: '.speechrc.json 中的问题。', en: 'A problem in .speechrc.json.' };

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0, as GitHub code scanning and other CI systems read it. Columns are UTF-16 code units. */
export function formatSarif(checked: CheckedFile[], configs: ConfigReport[], language: Language): string {
  const result = (d: Located) => ({
    ruleId: d.code,
    level: SARIF_LEVEL[d.severity],
    message: { text: d.message },
    ...(d.fixable ? { properties: { fixable: true } } : {}),
    locations: [{ physicalLocation: { artifactLocation: { uri: d.file.split('\\').join('/') }, region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn } } }],
  });
  const config = configRows(configs, 1);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'speech-writer',
            version,
            // The short description in the user's language, the full one in both.
            rules: [
              ...RULES.map((r) => ({
                id: r.code,
                name: r.title,
                shortDescription: { text: language === 'zh' ? r.title : r.description },
                fullDescription: { text: `${r.title}：${r.description}` },
                defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
              })),
              { id: 'speechrc', shortDescription: { text: language === 'zh' ? SPEECHRC_RULE.zh : SPEECHRC_RULE.en }, fullDescription: { text: `${SPEECHRC_RULE.zh} ${SPEECHRC_RULE.en}` }, defaultConfiguration: { level: 'error' } },
            ],
          },
        },
        columnKind: 'utf16CodeUnits',
        results: [...config, ...checked.flatMap(locate)].map(result),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** Exit code: 1 when an error remains (in a file or a .speechrc.json), else 0. */
export function checkExitCode(checked: CheckedFile[], configs: ConfigReport[]): number {
  return configs.some((c) => c.problems.length) || checked.some((f) => f.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
