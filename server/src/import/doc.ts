// .doc and .wps (Word 97–2003 binary, and WPS's files of the same kind): LibreOffice, when installed,
// converts them to .docx and the numbering is kept; otherwise word-extractor reads the text, and the user
// is told that automatic numbering could not be recovered.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import WordExtractor from 'word-extractor';
import { convertDocx, type Converted } from './docx';
import { ImportError, SAVE_AS_DOCX } from './errors';

const CONVERSION_TIMEOUT_MS = 120_000;

/** `soffice` on PATH (LibreOffice), or undefined. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice'];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const path = join(dir, name);
      try {
        accessSync(path, constants.X_OK);
        return path;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** LibreOffice's .docx of the file, in a temporary folder removed afterwards; undefined if it failed. */
function convertWithSoffice(soffice: string, path: string): Uint8Array | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'speech-import-'));
  try {
    // A profile of its own, so a LibreOffice window the user has open does not swallow the request.
    const result = spawnSync(soffice, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'docx', '--outdir', dir, path], {
      timeout: CONVERSION_TIMEOUT_MS,
      stdio: 'ignore',
    });
    if (result.status !== 0) return undefined;
    const produced = readdirSync(dir).find((name) => name.toLowerCase().endsWith('.docx'));
    return produced ? readFileSync(join(dir, produced)) : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const NUMBERING_LOST = '.doc/.wps 文件的自动编号（“一、”“（一）”等）无法还原，导入的文字里可能缺少这些编号，请核对；安装 LibreOffice 后再导入可以保留编号，或在 WPS 或 Word 中另存为 .docx 后再导入';

/** `soffice`: LibreOffice's program, or null to read with word-extractor only. */
export async function convertDoc(bytes: Buffer, path: string, soffice: string | null): Promise<Converted> {
  if (soffice) {
    const docx = convertWithSoffice(soffice, path);
    if (docx) return convertDocx(docx);
  }
  let extracted;
  try {
    extracted = await new WordExtractor().extract(bytes);
  } catch {
    throw new ImportError(`无法读取这个 .doc/.wps 文件（格式较旧、已损坏或已加密）。${SAVE_AS_DOCX}`);
  }
  // The text as it is: word-extractor's default filter turns “” into "" and —— into --.
  const unfiltered = { filterUnicode: false };
  const notes = [extracted.getFootnotes(unfiltered), extracted.getEndnotes(unfiltered)].map((s) => s.trim()).filter(Boolean);
  const body = extracted.getBody(unfiltered).replace(/\r\n?/g, '\n');
  return { text: [body.replace(/\n+$/, ''), ...(notes.length ? ['', ...notes] : [])].join('\n') + '\n', warnings: [NUMBERING_LOST] };
}
