// Every message of the command line, in English and Chinese: one table, chosen once from the locale
// (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them). Findings about the text are Chinese in both.
import type { InputProblem } from './textFile';

const EN = {
  usage: 'Usage: speech-writer <command> [options] FILE|FOLDER...',
  usageOf: 'Usage: speech-writer {0}',
  commands: 'Commands:',
  general: 'A FOLDER is searched for .speech.md files (import: for .docx, .doc, .wps, .txt); - reads standard input.\n  --version  print the version\n  --help     print this help',
  'summary.outline': 'print the outline of each speech (titles, headings, enumeration items)',
  'summary.check': 'report placeholders, numbering gaps, count mismatches, residue…; exit 1 if an error remains',
  'summary.renumber': 'renumber every heading sequence and enumeration in place; --check only reports (exit 1 if needed)',
  'summary.stats': 'characters (字数) and speaking time of each speech and section',
  'summary.import': 'import Word (.docx, .doc, .wps) and text files as NAME.speech.md; exit 1 if any file failed',
  unknownCommand: "unknown command '{0}'",
  unknownOption: 'unknown option {0}',
  optionTakesNoValue: 'option {0} takes no value',
  optionNeedsOneOf: 'option {0} needs one of: {1}',
  optionNeedsValue: 'option {0} needs a value',
  noFileGiven: 'no file given',
  stdinOnce: 'standard input (-) can be read only once',
  noSpeechFiles: 'no .speech.md files in this folder',
  'problem.notFound': 'no such file',
  'problem.permission': 'permission denied',
  'problem.isDirectory': 'is a directory',
  'problem.notRegular': 'not a regular file (a device, a pipe…), not read',
  'problem.tooLarge': 'larger than {0} MB, not read',
  'problem.binary': 'binary file, not a speech text',
  'problem.encoding': 'not text in UTF-8, UTF-16 (with BOM) or GBK/GB18030',
  'problem.changed': 'changed since it was read; not written (run again)',
  'problem.unencodable': 'the fixed text has characters its encoding (GB18030) cannot hold; not written',
  'problem.io': '{0}',
  notWritten: 'not written: {0}',
  fixStdin: '--fix cannot change standard input; give the file',
  fixable: '[fixable]',
  problems: '{0} problems ({1})',
  problem: '1 problem ({1})',
  errors: '{0} errors',
  error: '1 error',
  warnings: '{0} warnings',
  warning: '1 warning',
  notes: '{0} notes',
  note: '1 note',
  listSeparator: ', ',
  noProblems: 'no problems',
  fixed: ', {0} fixed',
  fixableCount: ', {0} fixable with --fix',
  renumbered: '{0}: renumbered {1} markers',
  wouldRenumber: '{0}: {1} markers would be renumbered',
  inOrder: '{0}: numbering in order',
  'stats.section': 'section',
  'stats.characters': 'characters',
  'stats.time': 'speaking time',
  'stats.pages': 'pages',
  'stats.whole': 'whole text',
  'stats.opening': 'opening',
  'stats.closing': 'closing',
  'stats.rate': 'at {0} characters a minute',
  importing: '[{0}/{1}] {2}',
  imported: '{0} → {1}',
  skippedExists: '{0}: skipped, {1} exists (--force overwrites)',
  importFailed: '{0}: {1}',
  importWarning: '{0}: note: {1}',
  importSummary: 'imported {0}, skipped {1}, failed {2}',
  noImportable: 'no .docx, .doc, .wps or .txt files in this folder',
};

export type MessageKey = keyof typeof EN;

const ZH: Record<MessageKey, string> = {
  usage: '用法：speech-writer <命令> [选项] 文件|文件夹…',
  usageOf: '用法：speech-writer {0}',
  commands: '命令：',
  general: '给出文件夹时查找其中的 .speech.md 文件（import 查找 .docx、.doc、.wps、.txt）；- 表示从标准输入读取。\n  --version  显示版本\n  --help     显示本帮助',
  'summary.outline': '打印每篇讲话的大纲（标题、各级标题、段内列举）',
  'summary.check': '检查占位符、断号、数目不符、模板残留等；仍有错误时退出码为 1',
  'summary.renumber': '就地重新编号各级标题和列举；--check 只报告（需要重新编号时退出码为 1）',
  'summary.stats': '每篇讲话及各节的字数和讲话时长',
  'summary.import': '把 Word（.docx、.doc、.wps）和文本文件导入为 NAME.speech.md；有文件失败时退出码为 1',
  unknownCommand: '未知命令“{0}”',
  unknownOption: '未知选项 {0}',
  optionTakesNoValue: '选项 {0} 不带值',
  optionNeedsOneOf: '选项 {0} 的值应为以下之一：{1}',
  optionNeedsValue: '选项 {0} 需要一个值',
  noFileGiven: '没有给出文件',
  stdinOnce: '标准输入（-）只能读取一次',
  noSpeechFiles: '文件夹里没有 .speech.md 文件',
  'problem.notFound': '文件不存在',
  'problem.permission': '没有权限',
  'problem.isDirectory': '是文件夹',
  'problem.notRegular': '不是普通文件（设备、管道等），不读取',
  'problem.tooLarge': '超过 {0} MB，不读取',
  'problem.binary': '是二进制文件，不是讲话稿文本',
  'problem.encoding': '不是 UTF-8、UTF-16（带 BOM）或 GBK/GB18030 编码的文本',
  'problem.changed': '读取后已被修改，未写入（请重新运行）',
  'problem.unencodable': '修正后的文字含有原编码（GB18030）无法保存的字符，未写入',
  'problem.io': '{0}',
  notWritten: '未写入：{0}',
  fixStdin: '--fix 不能修改标准输入，请给出文件',
  fixable: '[可自动修正]',
  problems: '共 {0} 个问题（{1}）',
  problem: '共 1 个问题（{1}）',
  errors: '{0} 个错误',
  error: '1 个错误',
  warnings: '{0} 个警告',
  warning: '1 个警告',
  notes: '{0} 个提示',
  note: '1 个提示',
  listSeparator: '，',
  noProblems: '没有问题',
  fixed: '，已修正 {0} 处',
  fixableCount: '，其中 {0} 个可用 --fix 自动修正',
  renumbered: '{0}：已重新编号 {1} 处',
  wouldRenumber: '{0}：有 {1} 处需要重新编号',
  inOrder: '{0}：编号无需调整',
  'stats.section': '部分',
  'stats.characters': '字数',
  'stats.time': '讲话时长',
  'stats.pages': '页数',
  'stats.whole': '全文',
  'stats.opening': '开场',
  'stats.closing': '结尾',
  'stats.rate': '按每分钟 {0} 字',
  importing: '[{0}/{1}] {2}',
  imported: '{0} → {1}',
  skippedExists: '{0}：跳过，{1} 已存在（--force 覆盖）',
  importFailed: '{0}：{1}',
  importWarning: '{0}：注意：{1}',
  importSummary: '导入 {0} 个，跳过 {1} 个，失败 {2} 个',
  noImportable: '文件夹里没有 .docx、.doc、.wps 或 .txt 文件',
};

export type Language = 'en' | 'zh';

/** The language of the messages: Chinese when the first locale variable set names zh. */
export function languageFromEnvironment(env: NodeJS.ProcessEnv): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

export type Translate = (key: MessageKey, ...args: (string | number)[]) => string;

export function messages(language: Language): Translate {
  const table = language === 'zh' ? ZH : EN;
  return (key, ...args) => table[key].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)]));
}

/** One line about a file that could not be read or written. */
export const describeProblem = (t: Translate, problem: InputProblem, detail: string): string => t(`problem.${problem}`, detail);
