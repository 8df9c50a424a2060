// speech-writer export: speeches to Word (.docx) in a preset's layout. Exit 0 written, 1 when error-level
// problems remain and --force is not given (nothing written), 2 for bad input (nothing written).
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from '../cli';
import { loadExport } from '../layers';
import { BUILT_IN_PRESETS, getDiagnostics, knownPreset, parse, resolveOptions, resolvePreset, type ExportConfig, type LineIndex, type SpeechDiagnostic, type SpeechModel } from '../service';
import { SpeechrcLoader } from '../speechrc';

export const exportCommand: Command = {
  summary: 'summary.export',
  usage: 'export [-o OUT.docx | --out-dir DIR] [--preset official|reading|NAME] [--split] [--force] FILE...',
  flags: { '--out': 'OUT.docx', '--out-dir': 'DIR', '--preset': 'NAME', '--split': true, '--force': true },
  run: ({ files }, { options, io, language }) => runExport(files, options, io, language),
};

const TEXT = {
  zh: {
    problems: (n: number) => `${n} 个问题需要先处理（占位符、模板残留、编号等）：`,
    refused: '仍有错误级别的问题，未导出任何文件；处理后再导出，或加 --force 照原样导出',
    forced: '已按 --force 照原样导出（问题未处理）',
    written: (path: string) => `已导出 ${path}`,
    oneOut: '-o 只能配一个输入文件，多个文件请用 --out-dir',
    splitOut: '--split 每篇一个文件，请用 --out-dir 而不是 -o',
    notDocx: '-o 的文件名应以 .docx 结尾',
    stdinOut: '从标准输入读取时请用 -o 指定输出文件',
    notFolder: (dir: string) => `--out-dir ${dir} 不是文件夹`,
    unknownPreset: (name: string, names: string[]) => `未知的导出预设“${name}”，可用：${names.join(', ')}`,
    sameTwice: (path: string) => `两个输入会写到同一个文件 ${path}`,
    notWritten: (path: string, why: string) => `${path} 未写入：${why}`,
  },
  en: {
    problems: (n: number) => `${n} problems to resolve first (placeholders, template residue, numbering):`,
    refused: 'error-level problems remain: nothing exported; resolve them, or give --force to export as it is',
    forced: 'exported as it is (--force), problems not resolved',
    written: (path: string) => `exported ${path}`,
    oneOut: '-o takes one input file; use --out-dir for several',
    splitOut: '--split writes one file per speech: use --out-dir, not -o',
    notDocx: 'the -o file name should end in .docx',
    stdinOut: 'give -o OUT.docx when reading standard input',
    notFolder: (dir: string) => `--out-dir ${dir} is not a folder`,
    unknownPreset: (name: string, names: string[]) => `unknown export preset '${name}', available: ${names.join(', ')}`,
    sameTwice: (path: string) => `two inputs would be written to the same file ${path}`,
    notWritten: (path: string, why: string) => `${path} not written: ${why}`,
  },
};

/** `NAME.docx` for `NAME.speech.md` (or `NAME.md`, `NAME.txt`). */
export const docxName = (path: string) => `${basename(path).replace(/(\.speech)?\.(md|txt)$/i, '')}.docx`;

interface Job {
  source: string;
  model: SpeechModel;
  out: string;
  exportConfigs: ExportConfig[];
}

async function runExport(
  files: { path: string; text: string }[],
  options: Map<string, string | true>,
  io: { out(s: string): void; err(s: string): void },
  language: 'zh' | 'en',
): Promise<number> {
  const t = TEXT[language];
  const fail = (message: string) => (io.err(`speech-writer export: ${message}\n`), 2);
  const out = options.get('--out') as string | undefined;
  const outDir = options.get('--out-dir') as string | undefined;
  const presetName = options.get('--preset') as string | undefined;
  const split = options.has('--split');
  if (out && files.length > 1) return fail(t.oneOut);
  if (out && split) return fail(t.splitOut);
  if (out && !out.toLowerCase().endsWith('.docx')) return fail(t.notDocx);
  if (!out && files.some((f) => f.path === '-')) return fail(t.stdinOut);
  if (outDir && existsSync(outDir) && !statSync(outDir).isDirectory()) return fail(t.notFolder(outDir));

  const loader = new SpeechrcLoader();
  const { describeWriteError, exportProblems, speechToDocx, writeFileWhole } = await loadExport();
  const jobs: Job[] = [];
  const found: { source: string; lines: LineIndex; d: SpeechDiagnostic }[] = [];
  for (const { path, text } of files) {
    const rc = path === '-' ? undefined : loader.find(resolve(path));
    const exportConfigs = rc?.config.export ? [rc.config.export] : [];
    if (presetName && !knownPreset(presetName, exportConfigs)) return fail(t.unknownPreset(presetName, [...BUILT_IN_PRESETS, ...Object.keys(rc?.config.export?.presets ?? {})]));
    const whole = parse(text);
    for (const d of exportProblems(getDiagnostics(whole, rc ? resolveOptions(rc.config) : resolveOptions()))) found.push({ source: path, lines: whole.lines, d });
    const target = out ?? join(outDir ?? dirname(path), docxName(path));
    // --split: each speech of a collection as a file of its own, NAME-1.docx, NAME-2.docx…
    const parts = split && whole.speeches.length > 1 ? whole.speeches.map((s) => parse(text.slice(s.start, s.end))) : [whole];
    parts.forEach((model, i) => jobs.push({ source: path, model, out: parts.length > 1 ? target.replace(/\.docx$/i, `-${i + 1}.docx`) : target, exportConfigs }));
  }
  const targets = new Set<string>();
  for (const job of jobs) {
    const key = resolve(job.out);
    if (targets.has(key)) return fail(t.sameTwice(job.out));
    targets.add(key);
  }

  if (found.length) {
    io.err(`${t.problems(found.length)}\n`);
    for (const { source, lines, d } of found) {
      const at = lines.positionAt(d.start);
      io.err(`  ${source}:${at.line + 1}:${at.character + 1} ${d.severity} ${d.code} ${d.message}\n`);
    }
  }
  const errors = found.some(({ d }) => d.severity === 'error');
  if (errors && !options.has('--force')) {
    io.err(`speech-writer export: ${t.refused}\n`);
    return 1;
  }
  if (outDir) mkdirSync(outDir, { recursive: true });
  let failed = false;
  for (const job of jobs) {
    const preset = resolvePreset(job.exportConfigs, presetName);
    try {
      writeFileWhole(job.out, await speechToDocx(job.model, preset, { title: job.model.speeches[0]?.title?.text }));
      io.out(`${t.written(job.out)}\n`);
    } catch (error) {
      io.err(`speech-writer export: ${t.notWritten(job.out, describeWriteError(error))}\n`);
      failed = true;
    }
  }
  if (errors) io.err(`speech-writer export: ${t.forced}\n`);
  return failed ? 2 : 0;
}
