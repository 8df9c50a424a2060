/** A file that cannot be imported, with one Chinese sentence saying why and what to do. */
export class ImportError extends Error {}

export const SAVE_AS_DOCX = '请在 WPS 或 Word 中另存为 .docx 后再导入';
export const CHECK_IN_WORD = '请用 Word 或 WPS 打开检查，另存为 .docx 后再导入';
