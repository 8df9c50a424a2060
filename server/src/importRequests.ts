// The editor's import (讲话稿：从 Word 导入…) on the server: the client picks files and shows progress; the
// import layer, loaded on the first request only (listing included: it walks folders and words the
// problems with the CLI's messages), reads and writes them here.
import type { Connection } from 'vscode-languageserver/node';
import { loadImport } from './layers';
import type { Logged } from './logged';
import { IMPORT_FILE_REQUEST, IMPORT_LIST_REQUEST, type ImportFileParams, type ImportFileResult, type ImportListParams, type ImportListResult } from './protocol';

export function registerImport(connection: Connection, logged: Logged): void {
  connection.onRequest(IMPORT_LIST_REQUEST, logged(IMPORT_LIST_REQUEST, async ({ paths }: ImportListParams): Promise<ImportListResult> => (await loadImport()).listImportable(paths)));

  connection.onRequest(IMPORT_FILE_REQUEST, logged(IMPORT_FILE_REQUEST, async ({ source, outDir, overwrite }: ImportFileParams): Promise<ImportFileResult> => {
    // Never a failed request: a file that cannot be imported is an answer with the reason. LibreOffice is
    // looked for by the import itself, as each file may come after it was installed.
    return (await loadImport()).importToFile(source, { outDir, overwrite });
  }));
}
