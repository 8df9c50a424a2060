// speech-writer renumber: the editor's Renumber command on files, in place; --check only reports.
import type { Command } from '../cli';
import { applyEdits, parse, renumberDocument } from '../service';
import { writeFixed } from './check';
import { STDIN } from './inputs';

export const renumberCommand: Command = {
  summary: 'summary.renumber',
  usage: 'renumber [--check] FILE...',
  flags: { '--check': true },
  run({ files }, { options, io, t, report }) {
    const onlyCheck = options.has('--check');
    const edits = files.map((file) => renumberDocument(parse(file.text)).filter((e) => file.text.slice(e.start, e.end) !== e.newText));
    const texts = files.map((file, i) => applyEdits(file.text, edits[i]));
    // Standard input renumbered is printed, as a filter does; what was done then goes to stderr.
    const filtering = !onlyCheck && files.some((file) => file.path === STDIN);
    files.forEach((file, i) => file.path === STDIN && filtering && io.out(texts[i]));
    const say = (s: string) => (filtering ? io.err(s + '\n') : io.out(s + '\n'));
    const written = onlyCheck ? files.map(() => false) : writeFixed(files, texts, report, t);
    files.forEach((file, i) => {
      if (file.path === STDIN && filtering) return;
      const count = edits[i].length;
      if (!count) say(t('inOrder', file.path));
      else if (written[i]) say(t('renumbered', file.path, count));
      else if (onlyCheck) say(t('wouldRenumber', file.path, count));
    });
    return onlyCheck && edits.some((e) => e.length) ? 1 : 0;
  },
};
