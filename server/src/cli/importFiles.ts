// speech-writer import: Word and text files (or folders of them) to NAME.speech.md, beside each source or
// in --out-dir; never over an existing file without --force. One bad file never stops the batch: each is
// reported, a summary ends the run, and the exit code is 1 if any failed.
import type { Command } from '../cli';
import { isImportable, outputPathFor } from '../import/fileTypes';
import { loadImport } from '../layers';

export const importCommand: Command = {
  summary: 'summary.import',
  usage: 'import [--out-dir DIR] [--force] FILE|FOLDER...',
  flags: { '--out-dir': 'DIR', '--force': true },
  takesPaths: { accepts: isImportable, noneFound: 'noImportable' },
  async run({ paths }, { options, io, t }) {
    const { importToFile, findSoffice } = await loadImport();
    const outDir = options.get('--out-dir') as string | undefined;
    const soffice = findSoffice() ?? null;
    const written = new Set<string>();
    const counts = { imported: 0, exists: 0, failed: 0 };
    for (const [i, source] of paths.entries()) {
      if (io.errTty) io.err(`\r\x1b[K${t('importing', i + 1, paths.length, source)}`);
      // Two sources of one name (a.docx and a.doc) in one run: the second never replaces the first.
      const outcome = await importToFile(source, { outDir, soffice, overwrite: options.has('--force') && !written.has(outputPathFor(source, outDir)) });
      if (io.errTty) io.err('\r\x1b[K');
      counts[outcome.status]++;
      if (outcome.status === 'imported') {
        written.add(outcome.output);
        for (const warning of outcome.warnings) io.err(t('importWarning', source, warning) + '\n');
        io.out(t('imported', source, outcome.output) + '\n');
      } else if (outcome.status === 'exists') {
        io.err(t(written.has(outcome.output) ? 'skippedSameName' : 'skippedExists', source, outcome.output) + '\n');
      } else {
        io.err(t('importFailed', source, outcome.message ?? '') + '\n');
      }
    }
    io.out(t('importSummary', counts.imported, counts.exists, counts.failed) + '\n');
    return counts.failed ? 1 : 0;
  },
};
