// A file system in memory for the in-process server: files by absolute path, directories implied by
// them, and `other` entries standing for a FIFO or a device. Asynchronous answers wait for the event
// loop, as a disk's do, so a cancellation can arrive between two of them.
import { join } from 'node:path';
import type { BoundedRead, FileInfo, FileKind, FileSystem } from '../../server/src/fileSystem';

export class MemoryFileSystem implements FileSystem {
  private readonly entries = new Map<string, { text: string; mtimeMs: number } | 'other'>();
  private clock = 0;

  /** `files`: text by path, relative to `root`. */
  constructor(
    readonly root: string,
    files: Record<string, string> = {},
  ) {
    for (const [path, text] of Object.entries(files)) this.write(path, text);
  }

  /** The absolute path of `path` (relative to the root). */
  path(path: string): string {
    return join(this.root, path);
  }

  write(path: string, text: string): void {
    this.entries.set(this.path(path), { text, mtimeMs: ++this.clock });
  }

  /** A FIFO, a device or a socket: anything that is neither a file nor a directory. */
  writeOther(path: string): void {
    this.entries.set(this.path(path), 'other');
  }

  delete(path: string): void {
    this.entries.delete(this.path(path));
  }

  statSync(path: string): FileInfo | undefined {
    const entry = this.entries.get(path);
    if (entry === 'other') return { kind: 'other', size: 0, mtimeMs: 0 };
    if (entry) return { kind: 'file', size: Buffer.byteLength(entry.text), mtimeMs: entry.mtimeMs };
    return this.isDirectory(path) ? { kind: 'directory', size: 0, mtimeMs: 0 } : undefined;
  }

  async stat(path: string): Promise<FileInfo | undefined> {
    await tick();
    return this.statSync(path);
  }

  async readdir(path: string): Promise<{ name: string; kind: FileKind }[]> {
    await tick();
    if (!this.isDirectory(path)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    const children = new Map<string, FileKind>();
    for (const [entry, value] of this.entries) {
      if (!entry.startsWith(path + '/')) continue;
      const [name, ...rest] = entry.slice(path.length + 1).split('/');
      children.set(name, rest.length ? 'directory' : value === 'other' ? 'other' : 'file');
    }
    return [...children].map(([name, kind]) => ({ name, kind }));
  }

  async readFile(path: string): Promise<string> {
    await tick();
    const entry = this.entries.get(path);
    if (!entry || entry === 'other') throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return entry.text;
  }

  readBounded(path: string, maxBytes: number): BoundedRead {
    const info = this.statSync(path);
    if (!info) return { missing: true };
    if (info.kind !== 'file') return { notFile: true };
    if (info.size > maxBytes) return { tooLarge: true };
    return { text: (this.entries.get(path) as { text: string }).text };
  }

  private isDirectory(path: string): boolean {
    return path === this.root || [...this.entries.keys()].some((entry) => entry.startsWith(path + '/'));
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
