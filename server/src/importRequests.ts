// The editor's import (讲话稿：从 Word 导入…) on the server: the client picks files and shows progress; the
// import layer, loaded on the first import only, reads and writes them here.
import type { Connection } from 'vscode-languageserver/node';
import { expandPaths } from './cli/inputs';
import { describeProblem, messages } from './cli/messages';
import { isImportable } from './import/fileTypes';
import { loadImport } from './layers';
import type { Logged } from './logged';
import { IMPORT_FILE_REQUEST, IMPORT_LIST_REQUEST, type ImportFileParams, type ImportFileResult, type ImportListParams, type ImportListResult } from './protocol';

/** Messages about files are Chinese in the editor, as the findings are. */
const zh = messages('zh');

export function registerImport(connection: Connection, logged: Logged): void {
  connection.onRequest(IMPORT_LIST_REQUEST, logged(IMPORT_LIST_REQUEST, ({ paths }: ImportListParams): ImportListResult => {
    const expanded = expandPaths(paths, isImportable);
    return {
      sources: expanded.paths,
      problems: [
        ...expanded.emptyFolders.map((path) => ({ path, message: zh('noImportable') })),
        ...expanded.errors.map((error) => ({ path: error.path, message: describeProblem(zh, error.problem, error.message) })),
      ],
    };
  }));

  connection.onRequest(IMPORT_FILE_REQUEST, logged(IMPORT_FILE_REQUEST, async ({ source, outDir, overwrite }: ImportFileParams): Promise<ImportFileResult> => {
    const { importToFile, findSoffice } = await loadImport();
    // Never a failed request: a file that cannot be imported is an answer with the reason.
    return importToFile(source, { outDir, overwrite, soffice: findSoffice() ?? null });
  }));
}
