// Build step: annotates the built-in phrase sets (server/phrases/*.json) with pinyin computed by
// pinyin-pro, and writes a character -> pinyin table for phrases users add at run time.
// Outputs (not committed): server/src/service/data/phrases.generated.json, pinyin.generated.json.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'server/phrases');
const out = join(root, 'server/src/service/data');
const WHERE = new Set(['opening', 'body', 'closing', 'any']);

/**
 * The phrase as it reads, tab stops replaced by their labels: 今天，我们召开${1:会议名称} -> 今天，我们召开会议名称.
 * The same rule as snippetText in server/src/service/snippetText.ts, which this build step runs before.
 */
function plainText(snippet) {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}

/** Syllables of the Chinese characters (word-aware, so 重庆 is chong qing), ü written v. */
function syllables(text) {
  const han = text.replace(/[^\p{Script=Han}]/gu, '');
  return han ? pinyin(han, { toneType: 'none', type: 'array', v: true }) : [];
}

function buildPhrases() {
  const entries = [];
  const seen = new Map();
  for (const file of readdirSync(source).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(source, file), 'utf8'));
    if (typeof data.category !== 'string' || !WHERE.has(data.where) || !Array.isArray(data.phrases)) {
      throw new Error(`${file}: needs "category", "where" (opening|body|closing|any) and "phrases"`);
    }
    for (const raw of data.phrases) {
      const entry = typeof raw === 'string' ? { text: raw } : raw;
      const where = entry.where ?? data.where;
      if (typeof entry.text !== 'string' || !entry.text.trim() || !WHERE.has(where)) throw new Error(`${file}: bad entry ${JSON.stringify(raw)}`);
      const plain = plainText(entry.text);
      if (seen.has(plain)) throw new Error(`${file}: "${plain}" is also in ${seen.get(plain)}`);
      seen.set(plain, file);
      const sounds = syllables(plain);
      entries.push({ text: entry.text, plain, category: data.category, where, initials: sounds.map((s) => s[0]).join(''), full: sounds.join('') });
    }
  }
  return entries;
}

/** Primary reading of every GB2312 character (the common set), grouped by syllable to stay small. */
function buildPinyinTable() {
  const gbk = new TextDecoder('gbk');
  const bySyllable = {};
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let col = 0xa1; col <= 0xfe; col++) {
      const ch = gbk.decode(new Uint8Array([row, col]));
      if (!/^\p{Script=Han}$/u.test(ch)) continue;
      const [syllable] = pinyin(ch, { toneType: 'none', type: 'array', v: true });
      if (syllable && /^[a-z]+$/.test(syllable)) bySyllable[syllable] = (bySyllable[syllable] ?? '') + ch;
    }
  }
  return bySyllable;
}

export function generate() {
  const phrases = buildPhrases();
  writeFileSync(join(out, 'phrases.generated.json'), JSON.stringify(phrases) + '\n');
  writeFileSync(join(out, 'pinyin.generated.json'), JSON.stringify(buildPinyinTable()) + '\n');
  return phrases.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`${generate()} phrases`);
