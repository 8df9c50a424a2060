// speech-writer: the command-line front end of the speech language service.
import { version } from '../../package.json';
import { checkCommand } from './cli/check';
import { exportCommand } from './cli/export';
import { importCommand } from './cli/importFiles';
import { expandPaths, isSpeechFileName, pathProblems, readSpeech, STDIN, type SpeechFile } from './cli/inputs';
import { describeProblem, languageFromEnvironment, messages, type Language, type MessageKey, type Translate } from './cli/messages';
import { formatOutline } from './cli/outlineText';
import { renumberCommand } from './cli/renumber';
import { statsCommand } from './cli/stats';
import { InputError } from './cli/textFile';
import { getDocumentSymbols, parse } from './service';

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Whether stdout is a terminal (colours). */
  tty: boolean;
  /** Whether stderr is a terminal (progress lines). */
  errTty?: boolean;
}

export type Options = Map<string, string | true>;

export interface Context {
  options: Options;
  io: Io;
  t: Translate;
  language: Language;
  /** What the file part of each message is about, written once: `path: message`. */
  report(path: string, message: string): void;
}

export interface Command {
  usage: string;
  summary: MessageKey;
  /** Flags: `true` a switch, a list the values allowed, a string a free value (named so in the usage). */
  flags: Record<string, true | readonly string[] | string>;
  /** For a command that reads its files itself (import): which names a folder is searched for. */
  takesPaths?: { accepts(name: string): boolean; noneFound: MessageKey };
  run(input: { files: SpeechFile[]; paths: string[] }, context: Context): number | Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  outline: {
    summary: 'summary.outline',
    usage: 'outline [--json] [--no-items] FILE...',
    flags: { '--json': true, '--no-items': true },
    run({ files }, { options, io }) {
      const outlineOptions = { inlineItems: !options.has('--no-items') };
      const results = files.map(({ path, text }) => ({ path, symbols: getDocumentSymbols(parse(text), outlineOptions) }));
      if (options.has('--json')) {
        io.out(JSON.stringify(files.length === 1 ? results[0].symbols : results, null, 2) + '\n');
      } else {
        results.forEach(({ path, symbols }, i) => {
          if (files.length > 1) io.out(`${i ? '\n' : ''}${path}\n`);
          io.out(formatOutline(symbols));
        });
      }
      return 0;
    },
  },
  check: checkCommand,
  renumber: renumberCommand,
  stats: statsCommand,
  import: importCommand,
  export: exportCommand,
};

function usage(t: Translate): string {
  const lines = [t('usage'), '', t('commands')];
  for (const command of Object.values(COMMANDS)) lines.push(`  ${command.usage}`, `      ${t(command.summary)}`);
  lines.push('', t('general'));
  return lines.join('\n') + '\n';
}

/** Short forms of flags. */
const SHORT_FLAGS: Record<string, string> = { '-o': '--out' };

/** Splits arguments into options and paths; `--format json` and `--format=json` both work; `-` is a path. */
function parseArguments(command: Command, args: string[], t: Translate): { options: Options; paths: string[]; problem?: string } {
  const options: Options = new Map();
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = SHORT_FLAGS[args[i]] ?? args[i];
    if (!arg.startsWith('--')) {
      paths.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg : arg.slice(0, equals);
    const inline = equals < 0 ? undefined : arg.slice(equals + 1);
    const spec = command.flags[name];
    if (!spec) return { options, paths, problem: t('unknownOption', name) };
    if (spec === true) {
      if (inline !== undefined) return { options, paths, problem: t('optionTakesNoValue', name) };
      options.set(name, true);
      continue;
    }
    const value = inline ?? args[++i];
    if (typeof spec === 'string') {
      if (!value) return { options, paths, problem: t('optionNeedsValue', name) };
    } else if (value === undefined || !spec.includes(value)) {
      return { options, paths, problem: t('optionNeedsOneOf', name, spec.join(', ')) };
    }
    options.set(name, value);
  }
  return { options, paths };
}

export async function main(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const language = languageFromEnvironment(env);
  const t = messages(language);
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    io.out(`${version}\n`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage(t));
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`speech-writer: ${t('unknownCommand', name)}\n${usage(t)}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${t('usageOf', command.usage)}\n  ${t(command.summary)}\n`);
    return 0;
  }
  const { options, paths: args, problem } = parseArguments(command, rest, t);
  const stdinTwice = args.filter((p) => p === STDIN).length > 1;
  if (problem || !args.length || stdinTwice) {
    io.err(`speech-writer ${name}: ${problem ?? (stdinTwice ? t('stdinOnce') : t('noFileGiven'))}\n${t('usageOf', command.usage)}\n`);
    return 2;
  }
  let failed = false;
  const report = (path: string, message: string) => {
    io.err(`speech-writer: ${path}: ${message}\n`);
    failed = true;
  };
  const context: Context = { options, io, t, language, report };
  const expanded = expandPaths(args, command.takesPaths?.accepts ?? isSpeechFileName);
  for (const { path, message } of pathProblems(expanded, t, command.takesPaths?.noneFound ?? 'noSpeechFiles')) report(path, message);
  if (command.takesPaths) {
    const code = await command.run({ files: [], paths: expanded.paths }, context);
    return failed ? Math.max(code, 2) : code;
  }
  const files: SpeechFile[] = [];
  for (const path of expanded.paths) {
    try {
      files.push(readSpeech(path));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      report(error.path, describeProblem(t, error.problem, error.message));
    }
  }
  if (!files.length) return 2;
  const code = await command.run({ files, paths: expanded.paths }, context);
  // A file that could not be read is a failure of the run, after the others went through.
  return failed ? Math.max(code, 2) : code;
}

if (require.main === module) {
  main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    tty: process.stdout.isTTY === true && !process.env.NO_COLOR,
    errTty: process.stderr.isTTY === true,
  }).then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      process.stderr.write(`speech-writer: ${messages(languageFromEnvironment(process.env))('internalError', error.message)}\n`);
      process.exitCode = 70;
    },
  );
}
