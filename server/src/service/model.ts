// The document model. Fields that may be absent are written `x: T | undefined`, not `x?: T`: every
// object literal that builds or copies a part (parse, shiftSpeech) must then name each field, so a
// field added here cannot be silently dropped by a copy.
import type { LineIndex } from './lines';

/** A part of the model while it is being built (parse) or copied (shiftSpeech). */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A stretch of the text as UTF-16 offsets, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

/**
 * How a heading marker is written. The canonical forms are `一、` `（一）` `1.` `（1）`;
 * the others are variants seen in real files.
 */
export type MarkerStyle =
  | 'cn-dun' // 一、
  | 'cn-dot' // 一.  一．  (wrong punctuation)
  | 'cn-comma' // 一，  一,  (wrong punctuation)
  | 'cn-paren' // （一）
  | 'cn-ascii-paren' // (一)
  | 'num-dot' // 1.
  | 'num-fullwidth-dot' // 1．
  | 'num-dun' // 1、
  | 'num-paren' // （1）
  | 'num-ascii-paren' // (1)
  | 'circled' // ①
  | 'cn-space' // 一 关于…  一　…  (a numeral and a space, level 1)
  | 'cn-bare' // ## 一  (a numeral alone on its line, level 1)
  | 'ordinal' // 第一个问题，  第二点，  第三部分  (level decided per speech)
  | 'unmarked' // a short line standing alone between paragraphs, without a marker (level decided per speech)
  | 'markdown'; // ## text without a marker: the level comes from the # marks

/** Whether a heading's marker carries a number (not a Markdown or unmarked heading). */
export const isNumbered = (marker: { readonly style: MarkerStyle }): boolean => marker.style !== 'markdown' && marker.style !== 'unmarked';

export interface HeadingMarker extends Span {
  readonly value: number;
  /** The number itself inside the marker (`四` of `四、`, `12` of `（12）`); empty for Markdown headings. */
  readonly numeral: Span;
  readonly style: MarkerStyle;
  /** Punctuation written after the marker that the standard does not allow (`（一）、`), if any. */
  readonly extraPunctuation: Span | undefined;
  /** The counted noun of an ordinal head: `个问题` of `第一个问题，`, `点` of `第二点，`. */
  readonly noun: string | undefined;
}

export interface Heading extends Span {
  readonly kind: 'heading';
  readonly level: HeadingLevel;
  readonly line: number;
  readonly marker: HeadingMarker;
  /** Marker through the end of the first sentence, without the sentence mark. */
  readonly title: Span;
  /** Body text that follows the heading's first sentence on the same line (a run-in heading). */
  readonly body: Span | undefined;
  /** Number of `#` marks when written as a Markdown heading. */
  readonly atx: number | undefined;
}

export interface Section extends Span {
  readonly heading: Heading;
  readonly parent: Section | undefined;
  readonly children: Section[];
  /** Inline enumeration items whose nearest preceding heading is this one. */
  readonly items: EnumItem[];
}

export type EnumFamily = 'shi' | 'yao' | 'di' | 'order';
/** How an item's number is written: `一是`, or the mis-converted `1 是`; `首先` words are 'word'. */
export type EnumNumeralStyle = 'chinese' | 'arabic' | 'word';

export interface EnumItem extends Span {
  readonly kind: 'item';
  readonly family: EnumFamily;
  readonly value: number;
  readonly numeralStyle: EnumNumeralStyle;
  readonly line: number;
  /** The marker itself: `一是`, `第一，`, `1 是`, `首先，`. */
  readonly marker: Span;
  /** The number inside the marker (`三` of `第三，`, `1` of `1 是`); the whole word for 首先/其次/再次/最后. */
  readonly numeral: Span;
  /** Marker through the end of the item's first sentence. */
  readonly title: Span;
  /** True when the item opens its paragraph. */
  readonly paragraphStart: boolean;
  readonly section: Section | undefined;
}

/** `最后` closes an order run whatever its length. */
export const LAST_IN_ORDER = 99;

export interface EnumRun {
  readonly family: EnumFamily;
  readonly items: EnumItem[];
  readonly section: Section | undefined;
}

export type ParagraphRole = 'opening' | 'body' | 'closing';

export interface Paragraph extends Span {
  readonly line: number;
  readonly role: ParagraphRole;
  /** Set when the paragraph is the body of a run-in heading. */
  readonly heading: Heading | undefined;
}

export interface CollectionHeader extends Span {
  readonly line: number;
  /** `第一篇：…`, `附件1`, or a part of one occasion (`开幕词`, `结论`: data/markerFamilies.json). */
  readonly kind: '篇' | '附件' | '部分';
}

export interface Title extends Span {
  /** One span per line for a title wrapped over several lines. */
  readonly parts: Span[];
  readonly text: string;
  readonly line: number;
  readonly atx: number | undefined;
}

/** Every kind of residue line; the type is read from the list, so neither can miss a kind. */
export const RESIDUE_KINDS = ['excerpt', 'watermark', 'advert', 'disclaimer', 'source', 'caption', 'stray'] as const;
export type ResidueKind = (typeof RESIDUE_KINDS)[number];

export interface ResidueLine extends Span {
  readonly line: number;
  readonly kind: ResidueKind;
  /** The residue pattern that matched, or how the line was recognised. */
  readonly rule: string;
}

export interface Speech extends Span {
  readonly header: CollectionHeader | undefined;
  readonly title: Title | undefined;
  readonly subtitles: Span[];
  readonly speakers: Span[];
  readonly dates: Span[];
  readonly salutation: Span | undefined;
  readonly paragraphs: Paragraph[];
  /** Top-level sections (their children hold the rest of the tree). */
  readonly sections: Section[];
  /** Every heading of the speech in document order. */
  readonly headings: Heading[];
  /** Every inline enumeration item in document order. */
  readonly items: EnumItem[];
  readonly runs: EnumRun[];
  /** End of the speech's last line of content (no trailing blank or residue lines). */
  readonly contentEnd: number;
  /**
   * Lines that are notes, neither body nor headings: from `注释` (or the first footnote at the end) to the
   * end of the speech, and editors' remarks (`（此处有删节）`); not the break (`----`) before them. Printed.
   */
  readonly notes: Span[];
}

/** The parsed form of one version of a document. Immutable once built. */
export interface SpeechModel {
  readonly text: string;
  readonly lines: LineIndex;
  readonly speeches: Speech[];
  readonly residue: ResidueLine[];
  /** Content of every line that is speech text: not blank, not residue, not code or HTML comment. */
  readonly textLines: Span[];
}

/** Visits every section of a tree depth first, a parent before its children: the one walk of the tree. */
export function walkSections(sections: readonly Section[], visit: (section: Section) => void): void {
  for (const section of sections) {
    visit(section);
    walkSections(section.children, visit);
  }
}
