// Regular expressions written by the user (.speechrc.json placeholders, residue, terms): the only place
// they are compiled. JavaScript's engine backtracks, so a pattern such as (a+)+$ can block the server's
// only thread for hours on a 40-character line. Patterns that can backtrack without bound are refused
// with a reason, and every accepted pattern runs only on texts of bounded length.

/** Longest text a user pattern is run on; longer lines or segments are skipped by it. */
export const USER_PATTERN_MAX_INPUT = 10_000;
/** Longest pattern accepted. */
const MAX_SOURCE = 1_000;
/** A bounded repetition above this many is as costly as an unbounded one. */
const LARGE = 16;

/**
 * Compiles a user pattern with the flags `gu`, or says in Chinese why it is refused: invalid, a
 * backreference, a repetition inside a repetition ((a+)+), alternatives under a repetition that can
 * start alike ((a|aa)+), or two repetitions in a row that can take the same characters (.*.*).
 */
export function compileUserPattern(source: string): { regex: RegExp } | { problem: string } {
  if (source.length > MAX_SOURCE) return { problem: `过长（超过 ${MAX_SOURCE} 个字符）` };
  try {
    new RegExp(source, 'gu');
  } catch {
    return { problem: '不是有效的正则表达式' };
  }
  let tree: Node;
  try {
    tree = new Parser(source).parse();
  } catch {
    return { problem: '无法分析其回溯' };
  }
  const problem = backtrackingProblem(tree);
  return problem ? { problem } : { regex: new BoundedRegExp(source, 'gu') };
}

/** Runs like a RegExp, but finds nothing in a text longer than USER_PATTERN_MAX_INPUT. */
class BoundedRegExp extends RegExp {
  exec(text: string): RegExpExecArray | null {
    return text.length > USER_PATTERN_MAX_INPUT ? null : super.exec(text);
  }
}

// ---- character sets: sorted, disjoint [low, high] code point ranges ----

type CharSet = readonly (readonly [number, number])[];
const MAX_CODE_POINT = 0x10ffff;
const ANY: CharSet = [[0, MAX_CODE_POINT]];
const NONE: CharSet = [];
const DIGIT: CharSet = [[0x30, 0x39]];
const WORD: CharSet = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
const SPACE: CharSet = [[9, 13], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];
const LINE_END: CharSet = [[10, 10], [13, 13], [0x2028, 0x2029]];

function union(a: CharSet, b: CharSet): CharSet {
  const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [low, high] of all) {
    const last = merged[merged.length - 1];
    if (last && low <= last[1] + 1) last[1] = Math.max(last[1], high);
    else merged.push([low, high]);
  }
  return merged;
}

function complement(set: CharSet): CharSet {
  const result: [number, number][] = [];
  let next = 0;
  for (const [low, high] of set) {
    if (low > next) result.push([next, low - 1]);
    next = high + 1;
  }
  if (next <= MAX_CODE_POINT) result.push([next, MAX_CODE_POINT]);
  return result;
}

const overlaps = (a: CharSet, b: CharSet): boolean => a.some(([al, ah]) => b.some(([bl, bh]) => al <= bh && bl <= ah));

// ---- the pattern as a tree ----

type Node =
  | { kind: 'chars'; set: CharSet }
  | { kind: 'sequence'; items: Node[] }
  | { kind: 'alternation'; options: Node[] }
  | { kind: 'repeat'; body: Node; min: number; max: number }
  /** ^, $, \b, lookarounds: match no character. */
  | { kind: 'assertion'; body?: Node }
  | { kind: 'backreference' };

/** A recursive-descent reader of the `u`-mode syntax; the source is known to compile. */
class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.source.length) throw new Error('unexpected )');
    return node;
  }

  private peek = (): string => this.source[this.at] ?? '';

  /** Moves past the next `char`; throws where the analysis and the engine read the source differently. */
  private skipPast(char: string): void {
    const found = this.source.indexOf(char, this.at);
    if (found < 0) throw new Error(`no ${char}`);
    this.at = found + 1;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0] : { kind: 'alternation', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.quantified(this.atom()));
    return { kind: 'sequence', items };
  }

  private quantified(atom: Node): Node {
    const c = this.peek();
    let bounds: [number, number] | undefined;
    if (c === '*') bounds = [0, Infinity];
    else if (c === '+') bounds = [1, Infinity];
    else if (c === '?') bounds = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (m) {
        bounds = [Number(m[1]), m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1])];
        this.at += m[0].length - 1;
      }
    }
    if (!bounds) return atom;
    this.at++;
    if (this.peek() === '?') this.at++; // lazy: the same backtracking, in another order
    return { kind: 'repeat', body: atom, min: bounds[0], max: bounds[1] };
  }

  private atom(): Node {
    const c = this.source.codePointAt(this.at)!;
    const char = String.fromCodePoint(c);
    this.at += char.length;
    switch (char) {
      case '^':
      case '$':
        return { kind: 'assertion' };
      case '.':
        return { kind: 'chars', set: complement(LINE_END) };
      case '[':
        return { kind: 'chars', set: this.characterClass() };
      case '\\':
        return this.escape(false);
      case '(': {
        let look = false;
        if (this.source.startsWith('?:', this.at)) this.at += 2;
        else if (/^\?<?[=!]/.test(this.source.slice(this.at))) {
          look = true;
          this.at += this.source[this.at + 1] === '<' ? 3 : 2;
        } else if (this.source.startsWith('?<', this.at)) this.skipPast('>');
        const body = this.alternation();
        this.at++; // )
        return look ? { kind: 'assertion', body } : body;
      }
      default:
        return { kind: 'chars', set: [[c, c]] };
    }
  }

  private characterClass(): CharSet {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    let set: CharSet = NONE;
    while (this.at < this.source.length && this.peek() !== ']') {
      const low = this.classAtom();
      if (this.peek() === '-' && this.source[this.at + 1] !== ']' && low.length === 1 && low[0][0] === low[0][1]) {
        this.at++;
        const high = this.classAtom();
        set = union(set, [[low[0][0], high[0][1]]]);
      } else set = union(set, low);
    }
    this.at++; // ]
    return negated ? complement(set) : set;
  }

  private classAtom(): CharSet {
    const c = this.source.codePointAt(this.at)!;
    this.at += c > 0xffff ? 2 : 1;
    if (c !== 0x5c) return [[c, c]];
    const node = this.escape(true);
    return node.kind === 'chars' ? node.set : ANY;
  }

  /** After a backslash. */
  private escape(inClass: boolean): Node {
    const c = this.source[this.at++];
    const chars = (set: CharSet): Node => ({ kind: 'chars', set });
    const code = (hex: string) => chars([[parseInt(hex, 16), parseInt(hex, 16)]]);
    const rest = this.source.slice(this.at);
    switch (c) {
      case 'd':
        return chars(DIGIT);
      case 'D':
        return chars(complement(DIGIT));
      case 'w':
        return chars(WORD);
      case 'W':
        return chars(complement(WORD));
      case 's':
        return chars(SPACE);
      case 'S':
        return chars(complement(SPACE));
      case 'b':
        return inClass ? chars([[8, 8]]) : { kind: 'assertion' };
      case 'B':
        return { kind: 'assertion' };
      case 'p':
      case 'P':
        this.skipPast('}');
        return chars(ANY); // a Unicode property: taken as any character, which only ever refuses more
      case 'k':
        this.skipPast('>');
        return { kind: 'backreference' };
      case 'n':
        return code('a');
      case 'r':
        return code('d');
      case 't':
        return code('9');
      case 'v':
        return code('b');
      case 'f':
        return code('c');
      case 'c':
        this.at++;
        return chars(ANY);
      case 'x':
        this.at += 2;
        return code(rest.slice(0, 2));
      case 'u': {
        const braced = /^\{([0-9a-fA-F]+)\}/.exec(rest);
        this.at += braced ? braced[0].length : 4;
        return code(braced ? braced[1] : rest.slice(0, 4));
      }
      default:
        if (/[1-9]/.test(c) && !inClass) {
          while (/\d/.test(this.peek())) this.at++;
          return { kind: 'backreference' };
        }
        if (c === '0') return code('0');
        return chars([[c.codePointAt(0)!, c.codePointAt(0)!]]);
    }
  }
}

// ---- what can backtrack without bound ----

const nullable = (node: Node): boolean => {
  switch (node.kind) {
    case 'chars':
      return false;
    case 'sequence':
      return node.items.every(nullable);
    case 'alternation':
      return node.options.some(nullable);
    case 'repeat':
      return node.min === 0 || nullable(node.body);
    default:
      return true;
  }
};

/** Every character the node can take. */
const charsOf = (node: Node): CharSet => {
  switch (node.kind) {
    case 'chars':
      return node.set;
    case 'sequence':
      return node.items.reduce((set, item) => union(set, charsOf(item)), NONE);
    case 'alternation':
      return node.options.reduce((set, option) => union(set, charsOf(option)), NONE);
    case 'repeat':
      return charsOf(node.body);
    case 'backreference':
      return ANY;
    default:
      return NONE;
  }
};

/** The characters a match of the node can start with. */
const firstOf = (node: Node): CharSet => {
  switch (node.kind) {
    case 'sequence': {
      let set: CharSet = NONE;
      for (const item of node.items) {
        set = union(set, firstOf(item));
        if (!nullable(item)) break;
      }
      return set;
    }
    case 'alternation':
      return node.options.reduce((set, option) => union(set, firstOf(option)), NONE);
    case 'repeat':
      return firstOf(node.body);
    default:
      return charsOf(node);
  }
};

const children = (node: Node): Node[] =>
  node.kind === 'sequence' ? node.items : node.kind === 'alternation' ? node.options : node.kind === 'repeat' || (node.kind === 'assertion' && node.body) ? [node.body!] : [];

const some = (node: Node, test: (n: Node) => boolean): boolean => test(node) || children(node).some((child) => some(child, test));

const varies = (node: Node): node is Extract<Node, { kind: 'repeat' }> => node.kind === 'repeat' && node.max > node.min;
const isLong = (node: Node): boolean => node.kind === 'repeat' && node.max > node.min && node.max > LARGE;

/** The items of a sequence with plain groups opened, so (a*)(a*) reads as a*a*. */
function flatten(node: Node): Node[] {
  return node.kind === 'sequence' ? node.items.flatMap(flatten) : [node];
}

function backtrackingProblem(tree: Node): string | undefined {
  if (some(tree, (n) => n.kind === 'backreference')) return '不支持反向引用（\\1、\\k<名称>）';
  const loops: Node[] = [];
  const sequences: Node[] = [];
  some(tree, (n) => {
    if (n.kind === 'repeat' && n.max > 1) loops.push(n);
    if (n.kind === 'sequence') sequences.push(n);
    return false;
  });
  for (const loop of loops) {
    const body = (loop as Extract<Node, { kind: 'repeat' }>).body;
    if (some(body, varies)) return '重复中又有重复（如 (a+)+），可能使检查卡住，请改写';
    const ambiguous = (n: Node) =>
      n.kind === 'alternation' && n.options.some((a, i) => nullable(a) || n.options.slice(i + 1).some((b) => overlaps(firstOf(a), firstOf(b))));
    if (some(body, ambiguous)) return '重复中的分支可以以相同的字符开头（如 (a|aa)+），可能使检查卡住，请改写';
  }
  for (const sequence of sequences) {
    const items = flatten(sequence);
    for (let i = 0; i < items.length; i++) {
      if (!isLong(items[i])) continue;
      const taken = charsOf(items[i]);
      for (let j = i + 1; j < items.length; j++) {
        if (isLong(items[j]) && overlaps(taken, charsOf(items[j]))) return '两个相邻的重复可以匹配相同的字符（如 .*.*），可能使检查卡住，请改写';
        // A character the first repetition cannot take ends its reach.
        if (!nullable(items[j]) && !overlaps(taken, charsOf(items[j]))) break;
      }
    }
  }
  return undefined;
}
