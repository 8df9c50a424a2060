// Problems shown on files other than speeches (.speechrc.json, phrase files), by path and by source: a
// file's diagnostics are sent only when they change, as the union of its sources (a .speechrc.json can
// have both configuration and phrase problems), and cleared once mended or deleted.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';

export type ProblemSource = 'speechrc' | 'phrases';

export interface FileProblem {
  start: number;
  end: number;
  message: string;
}

export class FileProblems {
  /** Per path, per source: the problems and the text their offsets are in. */
  private readonly byPath = new Map<string, Map<ProblemSource, { text: string; problems: FileProblem[] }>>();

  constructor(private readonly send: (uri: string, diagnostics: Diagnostic[]) => void) {}

  /** Sets the problems `source` finds in the file at `path` (none: mended or deleted). */
  set(path: string, text: string, problems: FileProblem[], source: ProblemSource): void {
    const sources = this.byPath.get(path) ?? new Map<ProblemSource, { text: string; problems: FileProblem[] }>();
    const before = sources.get(source);
    if (JSON.stringify(before?.problems ?? []) === JSON.stringify(problems)) return;
    if (problems.length) sources.set(source, { text, problems });
    else sources.delete(source);
    if (sources.size) this.byPath.set(path, sources);
    else this.byPath.delete(path);
    const diagnostics: Diagnostic[] = [];
    for (const [code, entry] of sources) {
      const file = TextDocument.create('', 'json', 0, entry.text);
      for (const p of entry.problems) {
        diagnostics.push({ range: { start: file.positionAt(p.start), end: file.positionAt(p.end) }, severity: DiagnosticSeverity.Error, source: 'speech', code, message: p.message });
      }
    }
    this.send(pathToFileURL(path).toString(), diagnostics);
  }

  /** The paths `source` has problems on now. */
  pathsWith(source: ProblemSource): string[] {
    return [...this.byPath].filter(([, sources]) => sources.has(source)).map(([path]) => path);
  }
}
