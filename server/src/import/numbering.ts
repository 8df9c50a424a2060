// Word's automatic numbering (numbering.xml and the numbering of paragraph styles), counted as Word counts
// it: each list's levels start at w:start, a level restarts when a higher one is used (w:lvlRestart says
// which, 0 never), a w:num with w:startOverride is a list of its own, and w:lvlText names the levels shown.
import { formatNumber } from './numberFormat';
import { child, childrenNamed, valueOf, type XmlElement } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
  /** One-based level whose use restarts this one; 0 never; undefined any higher level. */
  restart?: number;
  /** Separator after the label: tab (the default), space or nothing. */
  suffix: string;
  /** Legal numbering: every level shown in decimal. */
  legal: boolean;
  /** The paragraph style this level is linked to. */
  style?: string;
}

interface AbstractNum {
  levels: (Level | undefined)[];
  /** A numbering style this definition only points to (w:numStyleLink). */
  styleLink?: string;
}

interface Num {
  abstractId: string;
  /** Level definitions and start values a w:num puts over its abstract definition. */
  levels: (Level | undefined)[];
  starts: (number | undefined)[];
}

export interface ParagraphNumbering {
  numId?: string;
  level?: number;
}

interface Style {
  basedOn?: string;
  numbering: ParagraphNumbering;
  bold?: boolean;
}

const int = (s: string | undefined) => (s !== undefined && /^-?\d+$/.test(s) ? Number(s) : undefined);
const MAX_LEVEL = 8;

/** The number format: Word 2010 puts custom formats in mc:AlternateContent, with a standard one as its fallback. */
const formatOf = (lvl: XmlElement) => valueOf(lvl, 'numFmt') ?? valueOf(child(child(lvl, 'AlternateContent'), 'Fallback'), 'numFmt') ?? 'decimal';

function readLevel(lvl: XmlElement): Level {
  return {
    start: int(valueOf(lvl, 'start')) ?? 0,
    format: formatOf(lvl),
    text: valueOf(lvl, 'lvlText') ?? '',
    restart: int(valueOf(lvl, 'lvlRestart')),
    suffix: valueOf(lvl, 'suff') ?? 'tab',
    legal: hasToggle(lvl, 'isLgl'),
    style: valueOf(lvl, 'pStyle'),
  };
}

const levelIndex = (element: XmlElement) => {
  const i = int(element.attributes.ilvl);
  return i !== undefined && i >= 0 && i <= MAX_LEVEL ? i : undefined;
};

export function readNumPr(pPr: XmlElement | undefined): ParagraphNumbering {
  const numPr = child(pPr, 'numPr');
  if (!numPr) return {};
  const level = int(valueOf(numPr, 'ilvl'));
  return { numId: valueOf(numPr, 'numId'), level: level !== undefined && level >= 0 && level <= MAX_LEVEL ? level : undefined };
}

/** Whether a toggle property (`<w:b/>`, `<w:vanish w:val="0"/>`) is set in a property list. */
export function hasToggle(properties: XmlElement | undefined, name: string): boolean {
  const property = child(properties, name);
  return property !== undefined && !/^(0|false|off)$/.test(property.attributes.val ?? '');
}

export class Styles {
  private readonly styles = new Map<string, Style>();

  constructor(root: XmlElement | undefined) {
    for (const style of childrenNamed(child(root, 'styles'), 'style')) {
      const id = style.attributes.styleId;
      if (!id) continue;
      const rPr = child(style, 'rPr');
      this.styles.set(id, { basedOn: valueOf(style, 'basedOn'), numbering: readNumPr(child(style, 'pPr')), bold: child(rPr, 'b') ? hasToggle(rPr, 'b') : undefined });
    }
  }

  /** A property of a style or the nearest style it is based on (a loop of basedOn ends the search). */
  private inherited<T>(id: string | undefined, get: (s: Style) => T | undefined): T | undefined {
    const seen = new Set<string>();
    for (let style = id ? this.styles.get(id) : undefined; style && !seen.has(id!); style = id ? this.styles.get(id) : undefined) {
      seen.add(id!);
      const value = get(style);
      if (value !== undefined) return value;
      id = style.basedOn;
    }
    return undefined;
  }

  numIdOf = (id: string | undefined) => this.inherited(id, (s) => s.numbering.numId);
  levelOf = (id: string | undefined) => this.inherited(id, (s) => s.numbering.level);
  boldOf = (id: string | undefined) => this.inherited(id, (s) => s.bold) ?? false;
}

export interface Label {
  text: string;
  /** What Word puts between the label and the text: tab, space or nothing. */
  suffix: string;
}

export class Numbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, Num>();
  /** Current value of each level, per list (an abstract definition, or a w:num that restarts it). */
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(
    root: XmlElement | undefined,
    private readonly styles: Styles,
  ) {
    const numbering = child(root, 'numbering');
    for (const abstract of childrenNamed(numbering, 'abstractNum')) {
      const levels: (Level | undefined)[] = [];
      for (const lvl of childrenNamed(abstract, 'lvl')) {
        const i = levelIndex(lvl);
        if (i !== undefined) levels[i] = readLevel(lvl);
      }
      this.abstracts.set(abstract.attributes.abstractNumId, { levels, styleLink: valueOf(abstract, 'numStyleLink') });
    }
    for (const num of childrenNamed(numbering, 'num')) {
      const entry: Num = { abstractId: valueOf(num, 'abstractNumId') ?? '', levels: [], starts: [] };
      for (const override of childrenNamed(num, 'lvlOverride')) {
        const i = levelIndex(override);
        if (i === undefined) continue;
        entry.starts[i] = int(valueOf(override, 'startOverride'));
        const lvl = child(override, 'lvl');
        if (lvl) entry.levels[i] = readLevel(lvl);
      }
      this.nums.set(num.attributes.numId, entry);
    }
  }

  /** The abstract definition of a list, through a numbering style link (bounded: links can loop). */
  private abstractOf(num: Num): { id: string; abstract: AbstractNum } | undefined {
    let id = num.abstractId;
    for (let hops = 0; hops < 4; hops++) {
      const abstract = this.abstracts.get(id);
      if (!abstract?.styleLink) return abstract && { id, abstract };
      const linked = this.nums.get(this.styles.numIdOf(abstract.styleLink) ?? '');
      if (!linked) return { id, abstract };
      id = linked.abstractId;
    }
    return undefined;
  }

  /**
   * The label Word shows for the next paragraph of this numbering, advancing the count. `style` is the
   * paragraph's style: it may give the list, and the level linked to it.
   */
  next(direct: ParagraphNumbering, style: string | undefined): Label | undefined {
    const numId = direct.numId ?? this.styles.numIdOf(style);
    const num = numId && numId !== '0' ? this.nums.get(numId) : undefined;
    const found = num && this.abstractOf(num);
    if (!num || !found) return undefined;
    const levelOf = (i: number) => num.levels[i] ?? found.abstract.levels[i];
    const linked = found.abstract.levels.findIndex((l) => l?.style !== undefined && l.style === style);
    const ilvl = direct.level ?? this.styles.levelOf(style) ?? (linked >= 0 ? linked : 0);
    const level = levelOf(ilvl);
    if (!level) return undefined;
    const restarts = num.starts.some((s) => s !== undefined);
    const key = restarts ? `num:${numId}` : `abstract:${found.id}`;
    let counts = this.counters.get(key);
    if (!counts) this.counters.set(key, (counts = []));
    const startOf = (i: number) => num.starts[i] ?? levelOf(i)?.start ?? 0;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper <= MAX_LEVEL; deeper++) {
      const restart = levelOf(deeper)?.restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) counts[deeper] = undefined;
    }
    // A bullet drawn from a symbol font is a private-use character that shows as a box anywhere else;
    // Word's second-level bullet is a letter o set in Courier New, a hollow bullet on the page.
    if (level.format === 'bullet') return { text: level.text === 'o' ? '◦' : level.text.replace(/[\uf000-\uf0ff]/g, '•'), suffix: level.suffix };
    const text = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      if (i > ilvl) return '';
      const value = counts![i] ?? startOf(i);
      return formatNumber(value, level.legal ? 'decimal' : (levelOf(i)?.format ?? 'decimal'));
    });
    return { text, suffix: level.suffix };
  }
}
