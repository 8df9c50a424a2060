// Kept apart from the phrase data so the VS Code client can use it without bundling that data.

/**
 * A snippet as it reads: each tab stop replaced by its label, between `open` and `close` if given
 * (〔会议名称〕 in lists), escapes undone. scripts/build-phrases.mjs has the same rule for the build.
 */
export function snippetText(snippet: string, open = '', close = ''): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, `${open}$1${close}`).replace(/\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}
