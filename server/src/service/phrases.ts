// Phrase sets: the built-in ones (data/, pinyin from the build) and the user's, indexed for prefix
// search on their text, their pinyin initials and their full pinyin.
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { partitionPoint } from './sorted';
import builtIn from './data/phrases.generated.json';
import { pinyinOf } from './pinyin';
import { bracketBlanks, snippetText } from './snippetText';

export type PhrasePlace = 'opening' | 'body' | 'closing' | 'any';

export interface Phrase {
  /** The phrase in snippet syntax: tab stops written ${1:〔会议名称〕} (snippetText.ts, bracketBlanks). */
  readonly text: string;
  /** As it reads: tab stops replaced by their labels. */
  readonly plain: string;
  readonly category: string;
  readonly where: PhrasePlace;
  readonly initials: string;
  readonly full: string;
  readonly builtIn: boolean;
}

export const BUILT_IN_PHRASES: readonly Phrase[] = (builtIn as Omit<Phrase, 'builtIn'>[]).map((p) => ({ ...p, builtIn: true }));
export const BUILT_IN_CATEGORIES: readonly string[] = [...new Set(BUILT_IN_PHRASES.map((p) => p.category))];

const PLACES: readonly string[] = ['opening', 'body', 'closing', 'any'];

/** Sorted keys with the phrases they belong to, for prefix search by binary search. */
class PrefixTable {
  private readonly keys: string[];
  private readonly phrases: Phrase[];

  constructor(phrases: readonly Phrase[], key: (p: Phrase) => string) {
    const pairs = phrases.filter((p) => key(p)).map((p) => [key(p), p] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.keys = pairs.map((p) => p[0]);
    this.phrases = pairs.map((p) => p[1]);
  }

  /** Phrases whose key starts with `prefix`, in key order. */
  withPrefix(prefix: string, limit: number): Phrase[] {
    const found: Phrase[] = [];
    for (let i = partitionPoint(this.keys, (key) => key < prefix); i < this.keys.length && found.length < limit && this.keys[i].startsWith(prefix); i++) found.push(this.phrases[i]);
    return found;
  }
}

export class PhraseIndex {
  readonly byText: PrefixTable;
  readonly byInitials: PrefixTable;
  readonly byFullPinyin: PrefixTable;

  constructor(readonly phrases: readonly Phrase[]) {
    this.byText = new PrefixTable(phrases, (p) => p.plain);
    this.byInitials = new PrefixTable(phrases, (p) => p.initials);
    this.byFullPinyin = new PrefixTable(phrases, (p) => p.full);
  }

  /** The built-in phrases without the disabled categories, plus the user's phrases. */
  static create(userPhrases: readonly Phrase[] = [], disabledCategories: readonly string[] = []): PhraseIndex {
    const disabled = new Set(disabledCategories);
    return new PhraseIndex([...BUILT_IN_PHRASES.filter((p) => !disabled.has(p.category)), ...userPhrases]);
  }
}

export interface PhraseFileProblem {
  start: number;
  end: number;
  message: string;
}

const USER_CATEGORY = '自定义';

/**
 * Reads a user phrase file: an array of entries, or `{ "category", "where", "phrases": [...] }` (which is
 * also how the "phrases" key of .speechrc.json is read); an entry is a string or `{ "text", "category",
 * "where" }`. Comments are allowed. Problems carry the offsets of the entry or value at fault.
 */
/** The phrases of a phrase file and its problems; `invalidJson` when the text is not JSON at all. */
export function parsePhraseFile(text: string): { phrases: Phrase[]; problems: PhraseFileProblem[]; invalidJson?: true } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  if (errors.length || !root) {
    const e = errors[0] ?? { offset: 0, length: text.length, error: 0 };
    const message = `常用语文件不是有效的 JSON（${printParseErrorCode(e.error)}），其中的常用语未载入`;
    return { phrases: [], problems: [{ start: e.offset, end: e.offset + Math.max(1, e.length), message }], invalidJson: true };
  }
  const at = (node: Node) => ({ start: node.offset, end: node.offset + node.length });
  const list = root.type === 'array' ? root : findNodeAtLocation(root, ['phrases']);
  if (!list || list.type !== 'array') {
    return { phrases: [], problems: [{ ...at(list ?? root), message: '常用语应是数组，或带 "phrases" 数组的对象' }] };
  }
  const defaults = root.type === 'object' ? (getNodeValue(root) as { category?: unknown; where?: unknown }) : {};
  const fileCategory = typeof defaults.category === 'string' && defaults.category.trim() ? defaults.category : USER_CATEGORY;
  const fileWhere = PLACES.includes(defaults.where as string) ? (defaults.where as PhrasePlace) : 'any';
  const phrases: Phrase[] = [];
  const problems: PhraseFileProblem[] = [];
  for (const node of list.children ?? []) {
    const value = getNodeValue(node) as unknown;
    const item = typeof value === 'string' ? { text: value } : (value as { text?: unknown; category?: unknown; where?: unknown } | null);
    if (!item || typeof item !== 'object' || typeof item.text !== 'string' || !item.text.trim()) {
      problems.push({ ...at(node), message: '常用语条目应是字符串，或带 "text" 的对象' });
      continue;
    }
    const text = bracketBlanks(item.text);
    const plain = snippetText(text);
    phrases.push({
      text,
      plain,
      category: typeof item.category === 'string' && item.category.trim() ? item.category : fileCategory,
      where: PLACES.includes(item.where as string) ? (item.where as PhrasePlace) : fileWhere,
      ...pinyinOf(plain),
      builtIn: false,
    });
  }
  return { phrases, problems };
}
