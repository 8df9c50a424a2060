// speech-writer: the command-line front end of the speech language service.
import { InputError, readSpeechFile } from './cli/readSpeechFile';
import { formatOutline } from './cli/outlineText';
import { getDocumentSymbols, parse } from './service';

interface Command {
  summary: string;
  usage: string;
  /** Runs over the parsed files; returns the exit code. */
  run(files: { path: string; text: string }[], flags: Set<string>, out: (s: string) => void): number;
}

const COMMANDS: Record<string, Command> = {
  outline: {
    summary: 'print the outline of each speech (titles, headings, enumeration items)',
    usage: 'outline [--json] [--no-items] FILE...',
    run(files, flags, out) {
      const options = { inlineItems: !flags.has('--no-items') };
      const results = files.map(({ path, text }) => ({ path, symbols: getDocumentSymbols(parse(text), options) }));
      if (flags.has('--json')) {
        out(JSON.stringify(files.length === 1 ? results[0].symbols : results, null, 2) + '\n');
      } else {
        results.forEach(({ path, symbols }, i) => {
          if (files.length > 1) out(`${i ? '\n' : ''}${path}\n`);
          out(formatOutline(symbols));
        });
      }
      return 0;
    },
  },
};

const FLAGS: Record<string, string[]> = { outline: ['--json', '--no-items'] };

function usage(): string {
  const lines = ['Usage: speech-writer <command> [options] FILE...', '', 'Commands:'];
  for (const command of Object.values(COMMANDS)) lines.push(`  ${command.usage.padEnd(34)} ${command.summary}`);
  return lines.join('\n') + '\n';
}

export function main(argv: string[], out = (s: string) => process.stdout.write(s), err = (s: string) => process.stderr.write(s)): number {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    err(`speech-writer: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => !FLAGS[name].includes(f));
  if (unknown.length) {
    err(`speech-writer ${name}: unknown option ${unknown.join(', ')}\nUsage: speech-writer ${command.usage}\n`);
    return 2;
  }
  const paths = rest.filter((a) => !a.startsWith('--'));
  if (!paths.length) {
    err(`speech-writer ${name}: no file given\nUsage: speech-writer ${command.usage}\n`);
    return 2;
  }
  const files: { path: string; text: string }[] = [];
  let failed = false;
  for (const path of paths) {
    try {
      files.push({ path, text: readSpeechFile(path) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      err(`speech-writer: ${error.message}\n`);
      failed = true;
    }
  }
  if (failed) return 2;
  return command.run(files, flags, out);
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`speech-writer: internal error: ${(error as Error).message}\n`);
    process.exitCode = 70;
  }
}
