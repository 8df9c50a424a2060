// speech-writer: the command-line front end of the speech language service.
import { checkExitCode, checkFiles, formatJson, formatSarif, formatText } from './cli/check';
import { formatOutline } from './cli/outlineText';
import { InputError, readSpeechFile } from './cli/readSpeechFile';
import { getDocumentSymbols, parse } from './service';

interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Whether stdout is a terminal (colours). */
  tty: boolean;
}

type Options = Map<string, string | true>;

interface Command {
  summary: string;
  usage: string;
  /** Flags, and the values allowed for those that take one. */
  flags: Record<string, true | readonly string[]>;
  run(files: { path: string; text: string }[], options: Options, io: Io): number;
}

const COMMANDS: Record<string, Command> = {
  outline: {
    summary: 'print the outline of each speech (titles, headings, enumeration items)',
    usage: 'outline [--json] [--no-items] FILE...',
    flags: { '--json': true, '--no-items': true },
    run(files, options, io) {
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
  check: {
    summary: 'report placeholders, numbering gaps, count mismatches, residue…; exit 1 if an error remains',
    usage: 'check [--format text|json|sarif] [--fix] [--exit-zero] FILE...',
    flags: { '--format': ['text', 'json', 'sarif'], '--fix': true, '--exit-zero': true },
    run(files, options, io) {
      const { checked, configs } = checkFiles(files, options.has('--fix'));
      const format = options.get('--format') ?? 'text';
      io.out(format === 'json' ? formatJson(checked, configs) : format === 'sarif' ? formatSarif(checked, configs) : formatText(checked, configs, io.tty));
      return options.has('--exit-zero') ? 0 : checkExitCode(checked, configs);
    },
  },
};

function usage(): string {
  const lines = ['Usage: speech-writer <command> [options] FILE...', '', 'Commands:'];
  for (const command of Object.values(COMMANDS)) lines.push(`  ${command.usage}`, `      ${command.summary}`);
  return lines.join('\n') + '\n';
}

/** Splits arguments into options and paths; `--format json` and `--format=json` both work. */
function parseArguments(command: Command, args: string[]): { options: Options; paths: string[]; problem?: string } {
  const options: Options = new Map();
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      paths.push(arg);
      continue;
    }
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    const spec = command.flags[name];
    if (!spec) return { options, paths, problem: `unknown option ${name}` };
    if (spec === true) {
      if (inline !== undefined) return { options, paths, problem: `option ${name} takes no value` };
      options.set(name, true);
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || !spec.includes(value)) return { options, paths, problem: `option ${name} needs one of: ${spec.join(', ')}` };
    options.set(name, value);
  }
  return { options, paths };
}

export function main(argv: string[], io: Io): number {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`speech-writer: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  const { options, paths, problem } = parseArguments(command, rest);
  if (problem || !paths.length) {
    io.err(`speech-writer ${name}: ${problem ?? 'no file given'}\nUsage: speech-writer ${command.usage}\n`);
    return 2;
  }
  const files: { path: string; text: string }[] = [];
  let failed = false;
  for (const path of paths) {
    try {
      files.push({ path, text: readSpeechFile(path) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.err(`speech-writer: ${error.message}\n`);
      failed = true;
    }
  }
  if (failed) return 2;
  return command.run(files, options, io);
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2), {
      out: (s) => process.stdout.write(s),
      err: (s) => process.stderr.write(s),
      tty: process.stdout.isTTY === true && !process.env.NO_COLOR,
    });
  } catch (error) {
    process.stderr.write(`speech-writer: internal error: ${(error as Error).message}\n`);
    process.exitCode = 70;
  }
}
