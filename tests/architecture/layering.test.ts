// The service is pure (ARCHITECTURE.md, "Invariants"): no file under server/src/service/ may import Node's
// modules, VS Code or the LSP libraries, nor a layer beside it (export, import), so it runs anywhere and
// can be tested without a process, an editor or a file system.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SERVICE = join(__dirname, '../../server/src/service');

const FORBIDDEN: { pattern: RegExp; why: string }[] = [
  { pattern: /^node:/, why: 'Node built-in (I/O belongs beside the service)' },
  { pattern: /^(fs|path|os|child_process|url|util|stream|crypto|worker_threads|net|http|https|zlib|readline|process|buffer|events)(\/|$)/, why: 'Node built-in' },
  { pattern: /^vscode($|-)/, why: 'VS Code or an LSP library' },
  { pattern: /^(\.\.\/)+(export|import|cli|server|layers|speechrc|userPhrases|workspaceIndex|modelCache)(\/|$)/, why: 'a layer outside the service' },
];

/** Every module specifier a TypeScript file names: import/export … from, import(), require(). */
export function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('layering', () => {
  it('finds the specifiers an import can be written with', () => {
    const source = ["import { a } from 'node:fs';", "import type { B } from 'vscode-languageserver';", "export * from './x';", "import './side';", "const m = await import('../export');", "require('path')"].join('\n');
    expect(specifiers(source)).toEqual(['node:fs', 'vscode-languageserver', './x', './side', '../export', 'path']);
  });

  it('rejects what the service must not import', () => {
    const rejected = (s: string) => FORBIDDEN.some((f) => f.pattern.test(s));
    expect(['node:fs', 'fs', 'path/posix', 'vscode', 'vscode-languageserver/node', 'vscode-uri', '../export', '../../import/docx', '../server'].every(rejected)).toBe(true);
    expect(['./model', '../service/parse', './data/lexicon.json', 'pinyin-pro'].some(rejected)).toBe(false);
  });

  it('keeps server/src/service free of I/O, editor and protocol imports', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(SERVICE)) {
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        const rule = FORBIDDEN.find((f) => f.pattern.test(specifier));
        if (rule) violations.push(`${relative(SERVICE, file)} imports '${specifier}': ${rule.why}`);
      }
    }
    expect(violations).toEqual([]);
  });
});
