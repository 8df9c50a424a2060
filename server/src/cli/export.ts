// speech-writer export: speeches to Word (.docx) in a preset's layout. Exit 0 written, 1 when error-level
// problems remain and --force is not given (nothing written), 2 for bad input (nothing written).
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from '../cli';
import { loadExport } from '../layers';
import { BUILT_IN_PRESETS, getDiagnostics, knownPreset, parse, resolveOptions, resolvePreset, type ExportConfig, type LineIndex, type SpeechDiagnostic, type SpeechModel } from '../service';
import { SpeechrcLoader } from '../speechrc';
import type { Translate } from './messages';

export const exportCommand: Command = {
  summary: 'summary.export',
  usage: 'export [-o OUT.docx | --out-dir DIR] [--preset official|reading|NAME] [--split] [--force] FILE...',
  flags: { '--out': 'OUT.docx', '--out-dir': 'DIR', '--preset': 'NAME', '--split': true, '--force': true },
  run: ({ files }, { options, io, t }) => runExport(files, options, io, t),
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
  t: Translate,
): Promise<number> {
  const fail = (message: string) => (io.err(`speech-writer export: ${message}\n`), 2);
  const out = options.get('--out') as string | undefined;
  const outDir = options.get('--out-dir') as string | undefined;
  const presetName = options.get('--preset') as string | undefined;
  const split = options.has('--split');
  if (out && files.length > 1) return fail(t('export.oneOut'));
  if (out && split) return fail(t('export.splitOut'));
  if (out && !out.toLowerCase().endsWith('.docx')) return fail(t('export.notDocx'));
  if (!out && files.some((f) => f.path === '-')) return fail(t('export.stdinOut'));
  if (outDir && existsSync(outDir) && !statSync(outDir).isDirectory()) return fail(t('export.notFolder', outDir));

  const loader = new SpeechrcLoader();
  const { describeWriteError, exportProblems, speechToDocx, writeFileWhole } = await loadExport();
  const jobs: Job[] = [];
  const found: { source: string; lines: LineIndex; d: SpeechDiagnostic }[] = [];
  for (const { path, text } of files) {
    const rc = path === '-' ? undefined : loader.find(resolve(path));
    const exportConfigs = rc?.config.export ? [rc.config.export] : [];
    if (presetName && !knownPreset(presetName, exportConfigs)) return fail(t('export.unknownPreset', presetName, [...BUILT_IN_PRESETS, ...Object.keys(rc?.config.export?.presets ?? {})].join(', ')));
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
    if (targets.has(key)) return fail(t('export.sameTwice', job.out));
    targets.add(key);
  }

  if (found.length) {
    io.err(`${t('export.problems', found.length)}\n`);
    for (const { source, lines, d } of found) {
      const at = lines.positionAt(d.start);
      io.err(`  ${source}:${at.line + 1}:${at.character + 1} ${d.severity} ${d.code} ${d.message}\n`);
    }
  }
  const errors = found.some(({ d }) => d.severity === 'error');
  if (errors && !options.has('--force')) {
    io.err(`speech-writer export: ${t('export.refused')}\n`);
    return 1;
  }
  if (outDir) mkdirSync(outDir, { recursive: true });
  let failed = false;
  for (const job of jobs) {
    const preset = resolvePreset(job.exportConfigs, presetName);
    try {
      writeFileWhole(job.out, await speechToDocx(job.model, preset, { title: job.model.speeches[0]?.title?.text }));
      io.out(`${t('export.written', job.out)}\n`);
    } catch (error) {
      io.err(`speech-writer export: ${t('export.notWritten', job.out, describeWriteError(error))}\n`);
      failed = true;
    }
  }
  if (errors) io.err(`speech-writer export: ${t('export.forced')}\n`);
  return failed ? 2 : 0;
}
