// Which files the import takes and where it writes them: small and free of the layer's libraries, so
// the command line walks folders before it loads the layer.
import { basename, dirname, extname, join } from 'node:path';

export const IMPORTABLE_EXTENSIONS = ['.docx', '.doc', '.wps', '.txt'] as const;

/** A file the import takes (not Word's lock files, ~$name.docx). */
export const isImportable = (name: string): boolean => (IMPORTABLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()) && !basename(name).startsWith('~$');

/** NAME.speech.md beside the source, or in `outDir`. */
export function outputPathFor(source: string, outDir?: string): string {
  return join(outDir ?? dirname(source), `${basename(source, extname(source))}.speech.md`);
}
