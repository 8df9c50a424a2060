// .docx → speech text: the body's paragraphs with Word's automatic labels written out as Word shows them
// (so the result outlines), line breaks kept, tracked insertions accepted and deletions dropped, headers,
// footers, comments and page-number fields left out, direct bold as **…**, footnotes and endnotes as notes
// at the end, tables as Markdown tables, text boxes as paragraphs after the one they are anchored in.
import { unzipSync } from 'fflate';
import { CHECK_IN_WORD, ImportError, SAVE_AS_DOCX } from './errors';
import { hasToggle, Numbering, readNumPr, Styles, type Label } from './numbering';
import { child, childrenNamed, elements, parseXml, textOf, valueOf, type XmlElement } from './xml';

/** Uncompressed bytes read from one document at most: a zip bomb is refused before it is inflated. */
const MAX_UNCOMPRESSED = 128 * 1024 * 1024;

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
/** Fields whose result is not the author's text: page numbers and tables of contents (a list of the headings). */
const DROPPED_FIELD = /^\s*(PAGE|NUMPAGES|SECTIONPAGES|SECTION|PAGEREF|TOC)\b/i;
/** A table of contents is the author's headings again: left out, but said. */
const TABLE_OF_CONTENTS = /^\s*TOC\b/i;
const TOC_LEFT_OUT = '文档中的目录（自动生成的 TOC 域）未导入';
/** Label endings that already separate the label from the text: no space is added for Word's tab. */
const SEPARATING_END = /[、，,．.：:）)\]】〕》\s]$/u;

export interface Converted {
  text: string;
  warnings: string[];
}

/** The parts of the package that hold text and its definitions; media are never inflated. */
function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (!/\.(xml|rels)$/i.test(file.name)) return false;
        total += file.originalSize;
        if (total > MAX_UNCOMPRESSED) throw new ImportError(`文件解压后超过 ${MAX_UNCOMPRESSED / 1024 / 1024} MB（可能是“压缩炸弹”），不导入`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`文件已损坏或不完整，无法解压（${(error as Error).message}）。${CHECK_IN_WORD}`);
  }
}

const utf8 = new TextDecoder('utf-8');

/** Targets of a part's relationships by type (the last segment of the type URI). */
function relationships(parts: Record<string, Uint8Array>, relsPath: string, base: string): Map<string, string> {
  const found = new Map<string, string>();
  const bytes = parts[relsPath];
  if (!bytes) return found;
  for (const rel of childrenNamed(child(parseXml(utf8.decode(bytes), relsPath), 'Relationships'), 'Relationship')) {
    const type = rel.attributes.Type ?? '';
    if (!type.startsWith(RELATIONSHIP) && !type.includes('/relationships/')) continue;
    const target = rel.attributes.Target ?? '';
    const path = target.startsWith('/') ? target.slice(1) : normalise(base + target);
    found.set(type.slice(type.lastIndexOf('/') + 1), path);
  }
  return found;
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

interface Run {
  text: string;
  bold: boolean;
}

/** One open field (w:fldChar begin … separate … end): its instruction, and whether its result is shown. */
interface Field {
  instruction: string;
  inResult: boolean;
}

class Converter {
  private readonly lines: string[] = [];
  private readonly notes: string[] = [];
  private readonly noteNumbers = new Map<string, number>();
  private readonly fields: Field[] = [];
  private readonly warnings = new Set<string>();
  /** Lines of the text boxes met in the paragraph being read. */
  private boxes: string[] = [];

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Styles,
    private readonly footnotes: Map<string, XmlElement>,
    private readonly endnotes: Map<string, XmlElement>,
  ) {}

  convert(body: XmlElement): Converted {
    this.blocks(body, this.lines);
    const text = [...this.lines, ...(this.notes.length ? ['', ...this.notes] : [])].join('\n');
    return { text: text.replace(/\n+$/, '') + '\n', warnings: [...this.warnings] };
  }

  /**
   * Block-level content: paragraphs and tables, through content controls and tracked changes. Each
   * entry of `out` is a paragraph (its line breaks inside) or a line of a table; pushed one by one, as
   * a spread of a huge table would overflow the stack.
   */
  private blocks(node: XmlElement, out: string[]): void {
    for (const element of elements(node)) {
      switch (element.name) {
        case 'p':
          for (const line of this.paragraph(element)) out.push(line);
          break;
        case 'tbl':
          for (const line of this.table(element)) out.push(line);
          break;
        case 'sdt':
          this.blocks(child(element, 'sdtContent') ?? element, out);
          break;
        case 'customXml':
        case 'ins':
        case 'moveTo':
          this.blocks(element, out);
          break;
        case 'altChunk':
          this.warnings.add('文档中嵌入的其他格式内容（altChunk）未导入，请在 Word 或 WPS 中核对');
          break;
      }
    }
  }

  /** The paragraph's line, then the paragraphs of the text boxes anchored in it (Word shows them, floating nearby). */
  private paragraph(p: XmlElement): string[] {
    const pPr = child(p, 'pPr');
    const style = valueOf(pPr, 'pStyle');
    const label = this.numbering.next(readNumPr(pPr), style);
    const runs: Run[] = [];
    const outerBoxes = this.boxes;
    this.boxes = [];
    this.inline(p, runs, false);
    const boxes = this.boxes;
    this.boxes = outerBoxes;
    return [joinRuns(this.labelled(label, runs, pPr, style)), ...boxes];
  }

  /**
   * A drawing, VML picture or object: the paragraphs of its text boxes (and the words of VML WordArt, as red
   * headers are often set) go after the anchoring paragraph; a picture has no text and is only reported.
   * Word 2010 writes each shape twice (mc:Choice and the VML mc:Fallback): one of the two is read.
   */
  private shape(element: XmlElement): void {
    const lines: string[] = [];
    const read = (node: XmlElement) => {
      for (const e of elements(node)) {
        if (e.name === 'txbxContent') this.blocks(e, lines);
        else if (e.name === 'textpath' && e.attributes.string?.trim()) lines.push(e.attributes.string.trim());
        else if (e.name === 'AlternateContent') {
          const choice = childrenNamed(e, 'Choice').find(hasTextBox);
          read(choice ?? child(e, 'Fallback') ?? e);
        } else read(e);
      }
    };
    read({ name: '#shape', attributes: {}, children: [element] });
    if (lines.some((l) => l.trim())) {
      this.warnings.add('文本框中的文字已作为单独段落导入，放在其所在段落之后，请核对位置');
      for (const line of lines) this.boxes.push(line);
    } else this.warnings.add('文档中的图片等对象未导入');
  }

  /**
   * The label before the runs. Word sets it in the paragraph mark's formatting: bold with a bold mark
   * (or a bold paragraph style) when the text after it is bold too, so a heading bold throughout comes
   * out as one bold stretch, which outlines; a bold number before plain text is left plain.
   */
  private labelled(label: Label | undefined, runs: Run[], pPr: XmlElement | undefined, style: string | undefined): Run[] {
    if (!label?.text) return runs;
    const text = runs.map((r) => r.text).join('');
    const spaced = label.suffix !== 'nothing' && !SEPARATING_END.test(label.text) && text !== '' && !/^\s/.test(text);
    const markRPr = child(pPr, 'rPr');
    const markBold = child(markRPr, 'b') ? hasToggle(markRPr, 'b') : this.styles.boldOf(style);
    return [{ text: label.text + (spaced ? ' ' : ''), bold: markBold && runs[0]?.bold === true }, ...runs];
  }

  /** Runs and what holds them (hyperlinks, insertions, fields, content controls); `bold` from a character style above. */
  private inline(node: XmlElement, runs: Run[], bold: boolean): void {
    for (const element of elements(node)) {
      switch (element.name) {
        case 'r':
          this.run(element, runs);
          break;
        case 'fldSimple':
          if (!DROPPED_FIELD.test(element.attributes.instr ?? '')) this.inline(element, runs, bold);
          else if (TABLE_OF_CONTENTS.test(element.attributes.instr ?? '')) this.warnings.add(TOC_LEFT_OUT);
          break;
        case 'sdt':
          this.inline(child(element, 'sdtContent') ?? element, runs, bold);
          break;
        case 'hyperlink':
        case 'ins':
        case 'moveTo':
        case 'smartTag':
        case 'customXml':
        case 'bdo':
        case 'dir':
          this.inline(element, runs, bold);
          break;
        // del, moveFrom: tracked deletions; commentRangeStart … and bookmarks hold no text.
      }
    }
  }

  /** Whether the text of a run now is a field's instruction or a hidden result. */
  private inHiddenField(): boolean {
    return this.fields.some((f) => !f.inResult || DROPPED_FIELD.test(f.instruction));
  }

  private run(r: XmlElement, runs: Run[]): void {
    const rPr = child(r, 'rPr');
    if (hasToggle(rPr, 'vanish')) {
      this.warnings.add('文档中的隐藏文字未导入');
      return;
    }
    const bold = child(rPr, 'b') ? hasToggle(rPr, 'b') : this.styles.boldOf(valueOf(rPr, 'rStyle'));
    let text = '';
    for (const element of elements(r)) {
      switch (element.name) {
        case 'fldChar': {
          const type = element.attributes.fldCharType;
          if (type === 'begin') this.fields.push({ instruction: '', inResult: false });
          else if (type === 'separate' && this.fields.length) {
            const field = this.fields[this.fields.length - 1];
            field.inResult = true;
            if (TABLE_OF_CONTENTS.test(field.instruction)) this.warnings.add(TOC_LEFT_OUT);
          }
          else if (type === 'end') this.fields.pop();
          break;
        }
        case 'instrText':
          if (this.fields.length) this.fields[this.fields.length - 1].instruction += textOf(element);
          break;
        case 't':
          if (!this.inHiddenField()) text += textOf(element);
          break;
        case 'tab':
          if (!this.inHiddenField()) text += '\t';
          break;
        case 'br':
          if (!this.inHiddenField() && (element.attributes.type ?? 'textWrapping') === 'textWrapping') text += '\n';
          break;
        case 'cr':
          if (!this.inHiddenField()) text += '\n';
          break;
        case 'noBreakHyphen':
          text += '-';
          break;
        case 'sym': {
          // A character of a symbol font (Wingdings' boxes and ticks in forms) has no Unicode meaning: said, not guessed.
          const code = parseInt(element.attributes.char ?? '', 16);
          if (code >= 0x20 && !(code >= 0xf000 && code <= 0xf0ff)) text += String.fromCodePoint(code);
          else this.warnings.add(`文档中的符号字体字符（${element.attributes.font ?? '符号'}）未导入，请核对`);
          break;
        }
        case 'footnoteReference':
        case 'endnoteReference':
          text += this.noteReference(element);
          break;
        case 'ruby': {
          // Word's 拼音指南 (pinyin over a rare character, for the reader): the characters are the text.
          if (text) runs.push({ text, bold });
          text = '';
          this.inline(child(element, 'rubyBase') ?? { name: 'rubyBase', attributes: {}, children: [] }, runs, bold);
          this.warnings.add('文档中的拼音指南（注音）未导入，只保留了被注音的文字');
          break;
        }
        case 'drawing':
        case 'pict':
        case 'object':
        case 'AlternateContent':
          this.shape(element);
          break;
      }
    }
    if (text) runs.push({ text, bold });
  }

  /** `[^n]` at the reference; the note's text is appended as `[^n]: …` at the end. */
  private noteReference(reference: XmlElement): string {
    const isFootnote = reference.name === 'footnoteReference';
    const id = reference.attributes.id ?? '';
    const key = `${isFootnote ? 'f' : 'e'}${id}`;
    const note = (isFootnote ? this.footnotes : this.endnotes).get(id);
    if (!note) return '';
    let number = this.noteNumbers.get(key);
    if (number === undefined) {
      number = this.noteNumbers.size + 1;
      this.noteNumbers.set(key, number);
      const lines: string[] = [];
      this.blocks(note, lines);
      this.notes.push(`[^${number}]: ${lines.map((l) => l.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean).join(' ')}`);
    }
    return `[^${number}]`;
  }

  /** A Markdown table: the first row is the header; merged cells repeat nothing (Word shows them once). */
  private table(tbl: XmlElement): string[] {
    const rows = unwrapped(tbl, 'tr').map((tr) => {
      const cells: string[] = [];
      for (const tc of unwrapped(tr, 'tc')) {
        const tcPr = child(tc, 'tcPr');
        const merge = child(tcPr, 'vMerge');
        const lines: string[] = [];
        // A cell continuing a vertical merge: Word shows the first cell's text only (its labels still count).
        this.blocks(tc, merge && (merge.attributes.val ?? 'continue') === 'continue' ? [] : lines);
        cells.push(lines.filter((l) => l.trim()).map((l) => l.replace(/\|/g, '\\|').replace(/\n/g, '<br>')).join('<br>'));
        const span = Number(valueOf(tcPr, 'gridSpan') ?? 1);
        for (let i = 1; i < span && i < 64; i++) cells.push('');
      }
      return cells;
    });
    if (!rows.length) return [];
    const width = rows.reduce((widest, r) => Math.max(widest, r.length), 1);
    const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
    return ['', line(rows[0]), line(Array(width).fill('---')), ...rows.slice(1).map(line), ''];
  }
}

/** Whether a shape holds text: a text box or VML WordArt. */
const hasTextBox = (node: XmlElement): boolean => elements(node).some((e) => e.name === 'txbxContent' || e.name === 'textpath' || hasTextBox(e));

/** Children of a table or row named `name`, including those inside content controls (w:sdt). */
const unwrapped = (node: XmlElement, name: string): XmlElement[] =>
  elements(node)
    .flatMap((e) => (e.name === 'sdt' ? elements(child(e, 'sdtContent') ?? e) : [e]))
    .filter((e) => e.name === name);

/** Runs joined, bold ones as **…** (spaces kept outside the marks, where Markdown needs them). */
function joinRuns(runs: Run[]): string {
  // Spaces look the same bold or not: between two bold runs they are bold, so `1.` `␠` `抓项目` is one stretch.
  runs = runs.map((run, i) => (/^[ \t\u3000]+$/.test(run.text) && !run.bold && runs[i - 1]?.bold && runs[i + 1]?.bold ? { ...run, bold: true } : run));
  let out = '';
  for (let i = 0; i < runs.length; ) {
    let text = '';
    const bold = runs[i].bold;
    for (; i < runs.length && runs[i].bold === bold; i++) text += runs[i].text;
    if (!bold) {
      out += text;
      continue;
    }
    // Each line of a bold stretch on its own, so a line break never falls inside the marks.
    out += text
      .split('\n')
      .map((line) => {
        const match = /^(\s*)(.*?)(\s*)$/su.exec(line)!;
        return match[2] ? `${match[1]}**${match[2]}**${match[3]}` : line;
      })
      .join('\n');
  }
  return out;
}

function notesOf(parts: Record<string, Uint8Array>, path: string | undefined, name: 'footnote' | 'endnote'): Map<string, XmlElement> {
  const notes = new Map<string, XmlElement>();
  const bytes = path ? parts[path] : undefined;
  if (!bytes) return notes;
  for (const note of childrenNamed(child(parseXml(utf8.decode(bytes), path!), `${name}s`), name)) {
    const type = note.attributes.type;
    if (!type || type === 'normal') notes.set(note.attributes.id ?? '', note);
  }
  return notes;
}

export function convertDocx(bytes: Uint8Array): Converted {
  const parts = unzipParts(bytes);
  const main = relationships(parts, '_rels/.rels', '').get('officeDocument') ?? 'word/document.xml';
  const documentBytes = parts[main];
  if (!documentBytes) {
    // LibreOffice's and WPS's own format is a zip too, easily misnamed: its text is in content.xml.
    if (parts['content.xml'] && !parts['_rels/.rels']) throw new ImportError(`这是 OpenDocument 文本（.odt），不是 Word 文档。${SAVE_AS_DOCX}`);
    throw new ImportError(`不是 Word 文档：压缩包里没有正文（${main}）。${CHECK_IN_WORD}`);
  }
  const folder = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const related = relationships(parts, `${folder}_rels/${main.slice(folder.length)}.rels`, folder);
  const part = (type: string, fallback: string) => {
    const path = related.get(type) ?? folder + fallback;
    return parts[path] ? parseXml(utf8.decode(parts[path]), path) : undefined;
  };
  const styles = new Styles(part('styles', 'styles.xml'));
  const numbering = new Numbering(part('numbering', 'numbering.xml'), styles);
  const document = parseXml(utf8.decode(documentBytes), main);
  const body = child(child(document, 'document'), 'body');
  if (!body) throw new ImportError(`文件已损坏：${main} 中没有正文`);
  const converter = new Converter(numbering, styles, notesOf(parts, related.get('footnotes') ?? `${folder}footnotes.xml`, 'footnote'), notesOf(parts, related.get('endnotes') ?? `${folder}endnotes.xml`, 'endnote'));
  return converter.convert(body);
}
