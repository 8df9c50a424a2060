// speech-writer import: Word and text files (or folders of them) to NAME.speech.md, beside each source or
// in --out-dir; never over an existing file without --force. One bad file never stops the batch: each is
// reported, a summary ends the run, and the exit code is 1 if any failed.
import { existsSync, mkdirSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from '../cli';
import { loadImport } from '../layers';
import { writeWhole } from './textFile';

const IMPORTABLE = /\.(docx|doc|wps|txt)$/i;

export const importCommand: Command = {
  summary: 'summary.import',
  usage: 'import [--out-dir DIR] [--force] FILE|FOLDER...',
  flags: { '--out-dir': 'DIR', '--force': true },
  takesPaths: { accepts: (name) => IMPORTABLE.test(name) && !name.startsWith('~$'), noneFound: 'noImportable' },
  async run({ paths }, { options, io, t }) {
    const { importFile, outputPathFor, ImportError, findSoffice } = await loadImport();
    const outDir = options.get('--out-dir') as string | undefined;
    const force = options.has('--force');
    const soffice = findSoffice();
    const written = new Set<string>();
    let imported = 0;
    let skipped = 0;
    let failed = 0;
    for (const [i, path] of paths.entries()) {
      if (io.errTty) io.err(`\r\x1b[K${t('importing', i + 1, paths.length, path)}`);
      const clearProgress = () => io.errTty && io.err('\r\x1b[K');
      const output = outputPathFor(path, outDir);
      // Two sources of one name (a.docx and a.doc) in one run: the second never replaces the first.
      if (written.has(output) || (!force && existsSync(output))) {
        clearProgress();
        io.err(t('skippedExists', path, output) + '\n');
        skipped++;
        continue;
      }
      try {
        if (!IMPORTABLE.test(extname(path))) throw new ImportError(`不支持的文件类型（${extname(path) || '无扩展名'}），可导入 .docx、.doc、.wps、.txt`);
        const result = await importFile(path, soffice);
        if (outDir) mkdirSync(outDir, { recursive: true });
        writeWhole(output, result.text);
        written.add(output);
        clearProgress();
        for (const warning of result.warnings) io.err(t('importWarning', path, warning) + '\n');
        io.out(t('imported', path, output) + '\n');
        imported++;
      } catch (error) {
        // An ImportError says what is wrong with the file; a system error (writing the output) its own message.
        if (!(error instanceof ImportError) && !(error as NodeJS.ErrnoException).code) throw error;
        clearProgress();
        io.err(t('importFailed', path, (error as Error).message) + '\n');
        failed++;
      }
    }
    io.out(t('importSummary', imported, skipped, failed) + '\n');
    return failed ? 1 : 0;
  },
};
