// Kept apart from the phrase data so the VS Code client can use it without bundling that data.

/**
 * A snippet as it reads: each tab stop replaced by its label, between `open` and `close` if given and
 * not there already (〔会议名称〕 in lists), escapes undone. scripts/build-phrases.mjs has the same rule
 * for the build.
 */
export function snippetText(snippet: string, open = '', close = ''): string {
  return snippet
    .replace(/\$\{\d+:([^}]*)\}/g, (_, label: string) => (label.startsWith(open) && label.endsWith(close) ? label : `${open}${label}${close}`))
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

/** A blank the writer fills: a tab stop labelled with a word (${1:会议名称}), not a default number or year. */
const WORD_BLANK = /\$\{(\d+):(\p{Script=Han}+)\}/gu;

/**
 * Blanks written 〔会议名称〕 inside the tab stop (${1:〔会议名称〕}): typing replaces the brackets with the
 * label, and a blank left unfilled stays visible, and is reported, as a placeholder. The built-in phrases
 * and snippets are written so; a user's phrases are read through this.
 */
export const bracketBlanks = (snippet: string): string => snippet.replace(WORD_BLANK, '${$1:〔$2〕}');
