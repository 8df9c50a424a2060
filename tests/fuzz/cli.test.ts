// Fuzz of the command line with junk: random commands, options and files (binary, broken UTF-8,
// speech-like text, missing paths, folders). The built CLI must end by itself with 0, 1 or 2 and a
// message, never an internal error (exit 70), a signal or a hang.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../helpers';
import { speechLike } from './arbitraries';
import { budget, counter, timeout } from './budget';

const stats = counter('cli', 'crashes or hangs');
afterAll(() => stats.save());

const command = fc.constantFrom('outline', 'check', 'renumber', 'stats', 'import', 'export', 'help', '--version', 'nonsense', '');
const option = fc.constantFrom('--json', '--no-items', '--format', '--format=sarif', 'json', '--fix', '--exit-zero', '--check', '--rate', '0', '-1', 'NaN', '--preset', 'reading', '--split', '--force', '--out-dir', '-o', 'x.docx', '--', '-', '--bogus=1');
const content = fc.oneof(
  speechLike,
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc.constantFrom(Buffer.from([0xef, 0xbb, 0xbf, 0xe4, 0xb8]), Buffer.from('PK\u0003\u0004junk'), Buffer.from([0xff, 0xfe, 0x00, 0xd8]), Buffer.from('\u0000'.repeat(50))),
);

describe('fuzz: junk on the command line', () => {
  it(
    'ends with 0, 1 or 2 and a message, never an internal error, a signal or a hang',
    () => {
      fc.assert(
        fc.property(command, fc.array(option, { maxLength: 4 }), fc.array(content, { minLength: 0, maxLength: 3 }), fc.array(fc.constantFrom('missing.speech.md', 'folder', 'a b.speech.md'), { maxLength: 2 }), (name, options, files, others) => {
          const dir = mkdtempSync(join(tmpdir(), 'speech-fuzz-cli-'));
          mkdirSync(join(dir, 'folder'));
          const paths = files.map((body, i) => {
            const path = `f${i}.${i % 2 ? 'docx' : 'speech.md'}`;
            writeFileSync(join(dir, path), body);
            return path;
          });
          const args = [name, ...options, ...paths, ...others].filter((a) => a !== '');
          const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, input: '一、甲\n' });
          stats.add('runs');
          const what = `speech-writer ${JSON.stringify(args)} with ${JSON.stringify(files.map((f) => f.toString()))}`;
          if (result.signal || ![0, 1, 2].includes(result.status ?? -1)) stats.add('crashes or hangs');
          expect(result.signal, what).toBe(null);
          expect([0, 1, 2], `${what}: ${result.stderr}`).toContain(result.status);
          expect(result.stderr, what).not.toMatch(/internal error|内部错误|at .*\.js:\d+/);
          if (result.status === 2) expect((result.stderr + result.stdout).trim(), what).not.toBe('');
        }),
        budget(6, 0.1),
      );
    },
    timeout(0.1, 120_000),
  );
});
