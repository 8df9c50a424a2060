import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { getDiagnostics, parse, resolveOptions } from '../../server/src/service';

const file = join(__dirname, '../../snippets/speech.code-snippets');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
  scope?: string;
}

function loadSnippets(): Record<string, Snippet> {
  const errors: ParseError[] = [];
  const value = parseJsonc(readFileSync(file, 'utf8'), errors, { allowTrailingComma: false, disallowComments: false });
  if (errors.length) throw new Error(errors.map((e) => `${printParseErrorCode(e.error)} at ${e.offset}`).join('; '));
  return value as Record<string, Snippet>;
}

// ---------------------------------------------------------------------------------------------
// A small parser and expander for VS Code snippet syntax: $1, ${1}, ${1:label}, ${1|a,b|},
// $VAR, ${VAR}, ${VAR:default}, and the escapes \$ \} \\. A `$` that starts none of these is
// reported, so literal dollars must be escaped.

type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children?: SnippetNode[]; choices?: string[]; end: number }
  | { kind: 'variable'; name: string; children?: SnippetNode[] };

function parseSnippet(src: string): SnippetNode[] {
  let pos = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${pos}: «${src.slice(Math.max(0, pos - 8), pos + 12)}»`);
  };

  function nodes(inside: boolean): SnippetNode[] {
    const out: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ kind: 'text', value: text });
      text = '';
    };
    while (pos < src.length) {
      const c = src[pos];
      if (c === '\\' && '$}\\'.includes(src[pos + 1] ?? '')) {
        text += src[pos + 1];
        pos += 2;
      } else if (inside && c === '}') {
        break;
      } else if (c === '$') {
        flush();
        out.push(dollar());
      } else {
        text += c;
        pos++;
      }
    }
    flush();
    return out;
  }

  function dollar(): SnippetNode {
    pos++; // $
    const rest = () => src.slice(pos);
    let m = /^\d+/.exec(rest());
    if (m) {
      pos += m[0].length;
      return { kind: 'tabstop', index: Number(m[0]), end: pos };
    }
    m = /^[A-Za-z_][A-Za-z_0-9]*/.exec(rest());
    if (m) {
      pos += m[0].length;
      return { kind: 'variable', name: m[0] };
    }
    if (src[pos] !== '{') return fail('unescaped $');
    pos++;
    m = /^\d+/.exec(rest());
    if (m) {
      pos += m[0].length;
      const index = Number(m[0]);
      if (src[pos] === '}') {
        pos++;
        return { kind: 'tabstop', index, end: pos };
      }
      if (src[pos] === ':') {
        pos++;
        const children = nodes(true);
        if (src[pos] !== '}') fail('unclosed placeholder');
        pos++;
        return { kind: 'tabstop', index, children, end: pos };
      }
      if (src[pos] === '|') {
        pos++;
        const choices: string[] = [];
        let option = '';
        for (;;) {
          if (pos >= src.length) fail('unclosed choice');
          const c = src[pos];
          if (c === '\\' && ',|\\'.includes(src[pos + 1] ?? '')) {
            option += src[pos + 1];
            pos += 2;
          } else if (c === ',') {
            choices.push(option);
            option = '';
            pos++;
          } else if (c === '|' && src[pos + 1] === '}') {
            choices.push(option);
            pos += 2;
            return { kind: 'tabstop', index, choices, end: pos };
          } else {
            option += c;
            pos++;
          }
        }
      }
      return fail('bad tab stop');
    }
    m = /^[A-Za-z_][A-Za-z_0-9]*/.exec(rest());
    if (m) {
      pos += m[0].length;
      const name = m[0];
      if (src[pos] === '}') {
        pos++;
        return { kind: 'variable', name };
      }
      if (src[pos] === ':') {
        pos++;
        const children = nodes(true);
        if (src[pos] !== '}') fail('unclosed variable');
        pos++;
        return { kind: 'variable', name, children };
      }
    }
    return fail('unescaped $');
  }

  const result = nodes(false);
  if (pos !== src.length) fail('unbalanced }');
  return result;
}

const now = new Date();
const VARIABLES: Record<string, string> = {
  CURRENT_YEAR: String(now.getFullYear()),
  CURRENT_MONTH: String(now.getMonth() + 1).padStart(2, '0'),
  CURRENT_DATE: String(now.getDate()).padStart(2, '0'),
};

function walk(list: SnippetNode[], visit: (n: SnippetNode) => void): void {
  for (const n of list) {
    visit(n);
    if (n.kind !== 'text' && n.children) walk(n.children, visit);
  }
}

/** The text VS Code inserts when every tab stop keeps its label (a choice its first option). */
function expand(list: SnippetNode[]): string {
  const defaults = new Map<number, SnippetNode[] | string>();
  walk(list, (n) => {
    if (n.kind === 'tabstop' && !defaults.has(n.index)) {
      if (n.children) defaults.set(n.index, n.children);
      else if (n.choices) defaults.set(n.index, n.choices[0]);
    }
  });
  const render = (nodes: SnippetNode[]): string =>
    nodes
      .map((n) => {
        if (n.kind === 'text') return n.value;
        if (n.kind === 'variable') {
          if (n.name in VARIABLES) return VARIABLES[n.name];
          throw new Error(`unknown variable ${n.name}`);
        }
        if (n.index === 0) return n.children ? render(n.children) : '';
        const d = n.children ?? n.choices?.[0] ?? defaults.get(n.index) ?? '';
        return typeof d === 'string' ? d : render(d);
      })
      .join('');
  return render(list);
}

const bodyOf = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);

const HAN = /\p{Script=Han}/u;
const HALF_WIDTH_IN_CHINESE = /(?<=\p{Script=Han})[,;:()!?]|[,;:()!?](?=\p{Script=Han})/u;
const LEVEL1 = /^([一二三四五六七八九十]+)、/;

// ---------------------------------------------------------------------------------------------

const snippets = loadSnippets();
const entries = Object.entries(snippets);

describe('snippets/speech.code-snippets', () => {
  it('is valid JSON with comments and holds the expected snippets', () => {
    expect(entries.length).toBeGreaterThanOrEqual(7);
    const prefixes = entries.flatMap(([, s]) => [s.prefix].flat());
    expect(prefixes).toContain('讲话稿');
    expect(prefixes).toContain('yjbt');
    expect(prefixes).toContain('ys');
    expect(prefixes).toContain('date');
  });

  it('has no prefix twice', () => {
    const prefixes = entries.flatMap(([, s]) => [s.prefix].flat());
    expect(prefixes.filter((p, i) => prefixes.indexOf(p) !== i)).toEqual([]);
  });

  describe.each(entries)('%s', (_name, snippet) => {
    const source = bodyOf(snippet);
    const tree = parseSnippet(source);
    const text = expand(tree);

    it('has a Chinese and a lowercase ASCII prefix, none starting with punctuation', () => {
      const prefixes = [snippet.prefix].flat();
      expect(prefixes.some((p) => /^\p{Script=Han}+$/u.test(p))).toBe(true);
      expect(prefixes.some((p) => /^[a-z][a-z0-9]*$/.test(p))).toBe(true);
      for (const p of prefixes) {
        expect(p, p).toMatch(/^(\p{Script=Han}+|[a-z][a-z0-9]*)$/u);
        expect(p, p).not.toMatch(/^[\p{P}\p{S}]/u);
      }
    });

    it('has a Chinese description', () => {
      expect(typeof snippet.description).toBe('string');
      expect(snippet.description).toMatch(HAN);
    });

    it('numbers its tab stops 1, 2, 3, … in order and ends at $0', () => {
      const order: number[] = [];
      let finals = 0;
      walk(tree, (n) => {
        if (n.kind !== 'tabstop') return;
        if (n.index === 0) finals++;
        else if (!order.includes(n.index)) order.push(n.index);
      });
      expect(order.length).toBeGreaterThan(0);
      expect(order).toEqual(order.map((_, i) => i + 1));
      expect(finals).toBe(1);
    });

    it('labels every tab stop: 2–6 Chinese characters in 〔〕, a date number, a variable or choices', () => {
      walk(tree, (n) => {
        if (n.kind !== 'tabstop' || n.index === 0) return;
        if (n.choices) {
          expect(n.choices.length, `$${n.index}`).toBeGreaterThan(1);
          return;
        }
        if (!n.children) {
          // a mirror: it must repeat a labelled tab stop
          let labelled = false;
          walk(tree, (m) => {
            if (m.kind === 'tabstop' && m.index === n.index && (m.children || m.choices)) labelled = true;
          });
          expect(labelled, `$${n.index} mirrors nothing`).toBe(true);
          return;
        }
        const [only, ...more] = n.children;
        expect(more, `$${n.index}`).toEqual([]);
        if (only.kind === 'variable') {
          expect(Object.keys(VARIABLES)).toContain(only.name);
        } else if (only.kind === 'text' && /^\d+$/.test(only.value)) {
          expect(source.slice(n.end, n.end + 1), `$${n.index} is a number outside a date`).toMatch(/^[年月日]$/);
        } else {
          // In 〔〕, so a blank left unfilled stays visible and is reported as a placeholder.
          expect(only.kind === 'text' ? only.value : '', `$${n.index}`).toMatch(/^〔\p{Script=Han}{2,6}〕$/u);
        }
      });
    });

    it('expands to Chinese text with full-width punctuation and no placeholders', () => {
      expect(text).toMatch(HAN);
      expect(text).not.toMatch(HALF_WIDTH_IN_CHINESE);
      expect(text).not.toMatch(/[,;:()!?]/);
      expect(text).not.toMatch(/[Xx×＊]|某某|\*\*|__|○○/);
    });

    it('left unfilled, reports each blank as a placeholder and nothing else', () => {
      const found = getDiagnostics(parse(text), resolveOptions()).map((d) => `${d.code} 「${text.slice(d.start, d.end)}」`);
      const blanks = [...text.matchAll(/〔\p{Script=Han}+〕/gu)].map((m) => `placeholder 「${m[0]}」`);
      expect(found).toEqual(blanks);
    });

    it('filled in, passes the checker with nothing to report', () => {
      const filled = text.replace(/〔(\p{Script=Han}+)〕/gu, '$1');
      const found = getDiagnostics(parse(filled), resolveOptions()).map((d) => `${d.code} 「${filled.slice(d.start, d.end)}」`);
      expect(found).toEqual([]);
    });
  });

  describe('the whole-speech skeleton', () => {
    const entry = entries.find(([, s]) => [s.prefix].flat().includes('讲话稿'));
    const text = entry ? expand(parseSnippet(bodyOf(entry[1]))) : '';
    const lines = text.split('\n');

    it('is there', () => {
      expect(entry).toBeDefined();
    });

    it('announces three points and has exactly 一、二、三、 after the announcement', () => {
      const at = lines.findIndex((l) => l.includes('下面，我讲三点意见'));
      expect(at).toBeGreaterThanOrEqual(0);
      const sections = lines.slice(at + 1).flatMap((l) => LEVEL1.exec(l)?.[1] ?? []);
      expect(sections).toEqual(['一', '二', '三']);
    });

    it('has the parts of a speech in order', () => {
      const order = [/^# 在.+上的讲话$/, /^（\d{4}年\d{1,2}月\d{1,2}日）$/, /^同志们：$/, /^今天，我们召开/, /^一、/, /^二、/, /^三、/, /^同志们，.*让我们.*，为.*而努力奋斗！$/, /^谢谢大家！$/];
      let from = 0;
      for (const re of order) {
        const i = lines.findIndex((l, k) => k >= from && re.test(l));
        expect(i, String(re)).toBeGreaterThanOrEqual(from);
        from = i + 1;
      }
    });

    it('links the meeting name in the title and the opening', () => {
      const source = bodyOf(entry![1]);
      const title = /^# 在\$\{(\d+):/m.exec(source);
      expect(title).not.toBeNull();
      expect(source).toMatch(new RegExp(`今天，我们召开\\$(\\{)?${title![1]}\\b`));
    });

    it('parses as one speech with three level-1 sections', () => {
      const model = parse(text);
      expect(model.speeches).toHaveLength(1);
      expect(model.speeches[0].headings.filter((h) => h.level === 1)).toHaveLength(3);
    });
  });

  describe('the expander used above', () => {
    it('replaces tab stops by labels, mirrors, choices and variables', () => {
      expect(expand(parseSnippet('在${1:会议名称}上，$1；${2|一,二|}、\\$5 ${3:$CURRENT_YEAR}年$0'))).toBe(
        `在会议名称上，会议名称；一、$5 ${now.getFullYear()}年`,
      );
    });

    it('rejects a literal $ that is not escaped', () => {
      expect(() => parseSnippet('花了$ 5')).toThrow(/unescaped/);
    });
  });
});
