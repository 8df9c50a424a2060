// The .speech.md files of the workspace folders, parsed on demand and kept while unchanged on disk.
import nodePath, { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeFileSystem, type FileSystem } from './fileSystem';
import { parse, type SpeechModel, type WorkspaceDocument } from './service';

const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', 'out', 'build']);
const MAX_FILES = 5000;
const BATCH = 64;
/** A whole book is 2 MB; a larger .speech.md is not a speech and is not read for workspace symbols. */
const MAX_SPEECH_BYTES = 64 * 1024 * 1024;

/**
 * The local path of a file: URI, or undefined for any other URI and for those Node refuses to turn into
 * a path (a host, as network shares arrive: file://server/share/a.speech.md; an encoded /).
 */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Whether `path` is `folder` or inside it, whatever the separator (C:\a\b on Windows); `paths` for tests. */
export function isInside(folder: string, path: string, paths: Pick<typeof nodePath, 'relative' | 'isAbsolute' | 'sep'> = nodePath): boolean {
  const rel = paths.relative(folder, path);
  return rel !== '..' && !rel.startsWith('..' + paths.sep) && !paths.isAbsolute(rel);
}

export class WorkspaceIndex {
  private folders: string[] = [];
  folderUris: string[] = [];

  get folderPaths(): readonly string[] {
    return this.folders;
  }

  /** The workspace folder holding `path`, if any. */
  folderOf(path: string): string | undefined {
    return this.folders.find((folder) => isInside(folder, path));
  }
  private readonly files = new Map<string, { mtimeMs: number; size: number; model: SpeechModel }>();

  constructor(private readonly fileSystem: FileSystem = nodeFileSystem) {}

  setFolders(uris: string[]): void {
    this.folderUris = uris;
    this.folders = uris.map(pathOfUri).filter((path) => path !== undefined);
  }

  /**
   * Every speech file on disk; `open` supplies the current model of files open in the editor. Undefined
   * once `cancelled` says so: a folder of thousands of speeches is read between two keystrokes of a query.
   */
  async documents(open: (uri: string) => SpeechModel | undefined, cancelled: () => boolean = () => false): Promise<WorkspaceDocument[] | undefined> {
    const paths = (await Promise.all(this.folders.map((folder) => findSpeechFiles(this.fileSystem, folder)))).flat().slice(0, MAX_FILES);
    const result: WorkspaceDocument[] = [];
    // Files are looked at a batch at a time: one stat after another is what a large folder waits on.
    for (let i = 0; i < paths.length; i += BATCH) {
      if (cancelled()) return undefined;
      const batch = paths.slice(i, i + BATCH).map((path) => ({ path, uri: pathToFileURL(path).toString() }));
      const models = await Promise.all(batch.map(({ path, uri }) => open(uri) ?? this.load(path)));
      for (let j = 0; j < batch.length; j++) {
        const model = models[j];
        if (model) result.push({ uri: batch[j].uri, model });
      }
    }
    return result;
  }

  private async load(path: string): Promise<SpeechModel | undefined> {
    try {
      const info = await this.fileSystem.stat(path);
      // Only what readdir saw as a file, and not larger than a speech can be: the file may have changed since.
      if (info?.kind !== 'file' || info.size > MAX_SPEECH_BYTES) return undefined;
      const cached = this.files.get(path);
      if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.model;
      const model = parse(await this.fileSystem.readFile(path));
      this.files.set(path, { mtimeMs: info.mtimeMs, size: info.size, model });
      return model;
    } catch {
      return undefined; // deleted or unreadable since it was listed
    }
  }
}

async function findSpeechFiles(fileSystem: FileSystem, folder: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length && found.length < MAX_FILES) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await fileSystem.readdir(dir);
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.kind === 'directory') {
        if (!entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) pending.push(join(dir, entry.name));
      } else if (entry.kind === 'file' && entry.name.endsWith('.speech.md')) {
        found.push(join(dir, entry.name));
      }
    }
  }
  return found.sort();
}
