// The Word document of a speech: the layout blocks (service/layout.ts) written with the docx library in
// the preset's numbers. Styles are written whole (externalStyles): Word's built-in heading 1–4 and Title
// by name, so the navigation pane shows the outline, and no theme fonts or library defaults (blue Calibri).
import { AlignmentType, Document, Footer, FootnoteReferenceRun, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { BLOCK_ROLES, blockText, boldMarks, faceNames, layoutBlocks, roleStyle, typeWidth, type BlockRole, type LayoutBlock, type LayoutOptions, type LayoutRun, type Preset, type RoleStyle, type SpeechModel } from '../service';

/** Twentieths of a point per millimetre and per point: Word's units for page geometry and spacing. */
const TWIPS_PER_MM = 1440 / 25.4;
const TWIPS_PER_PT = 20;
const twipsOfMm = (mm: number) => Math.round(mm * TWIPS_PER_MM);
const twipsOfPt = (pt: number) => Math.round(pt * TWIPS_PER_PT);

/** The style each role is written in: Word's built-in ones where there is one, named styles of our own for the rest. */
const STYLES: Record<BlockRole, { id: string; name: string }> = {
  title: { id: 'Title', name: 'Title' },
  subtitle: { id: 'Subtitle', name: 'Subtitle' },
  heading1: { id: 'Heading1', name: 'heading 1' },
  heading2: { id: 'Heading2', name: 'heading 2' },
  heading3: { id: 'Heading3', name: 'heading 3' },
  heading4: { id: 'Heading4', name: 'heading 4' },
  body: { id: 'Normal', name: 'Normal' },
  speaker: { id: 'SpeechSpeaker', name: '讲话人' },
  date: { id: 'SpeechDate', name: '讲话日期' },
  salutation: { id: 'SpeechSalutation', name: '称谓' },
  header: { id: 'SpeechHeader', name: '篇目' },
  closing: { id: 'SpeechClosing', name: '结束语' },
  residue: { id: 'SpeechResidue', name: '模板残留' },
};

const HEADING_LEVELS: Partial<Record<BlockRole, (typeof HeadingLevel)[keyof typeof HeadingLevel]>> = {
  title: HeadingLevel.TITLE,
  heading1: HeadingLevel.HEADING_1,
  heading2: HeadingLevel.HEADING_2,
  heading3: HeadingLevel.HEADING_3,
  heading4: HeadingLevel.HEADING_4,
};

const JC: Record<RoleStyle['align'], string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/**
 * Faces of a run: the Chinese face for East Asian text and for the characters Word sets in the
 * `hAnsi` slot (quotes, dashes, ellipses), the Latin face for ASCII letters and digits.
 */
function fontsXml(preset: Preset, face: string): string {
  const chinese = escapeXml(faceNames(preset, face)[0]);
  const latin = escapeXml(preset.latinFace);
  return `<w:rFonts w:ascii="${latin}" w:hAnsi="${chinese}" w:eastAsia="${chinese}" w:cs="${latin}" w:hint="eastAsia"/>`;
}

/** Half-points. */
const sizeXml = (pt: number) => `<w:sz w:val="${Math.round(pt * 2)}"/><w:szCs w:val="${Math.round(pt * 2)}"/>`;

/** First-line indent in characters: Word reads the Chars form, LibreOffice the twips. */
const indentXml = (chars: number, size: number) => `<w:ind w:firstLineChars="${Math.round(chars * 100)}" w:firstLine="${twipsOfPt(chars * size)}"/>`;

function roleStyleXml(preset: Preset, role: BlockRole): string {
  const { id, name } = STYLES[role];
  const style = roleStyle(preset, role);
  const outline = role.startsWith('heading') ? `<w:outlineLvl w:val="${Number(role.slice(-1)) - 1}"/>` : '';
  const base = role === 'body' ? '' : '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>';
  // Word honours it; LibreOffice's import drops w:autoSpaceDE, so its lines with digits hold a little less.
  const autoSpace = role === 'body' && !preset.asianLatinSpacing ? '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>' : '';
  // Word's default, said outright: without it LibreOffice hangs a line-final comma and leaves it out of
  // the print (seen in 7.4), with it LibreOffice moves the comma down with the character before.
  const overflow = role === 'body' ? '<w:overflowPunct w:val="1"/>' : '';
  const attributes = role === 'body' ? ' w:default="1"' : '';
  return (
    `<w:style w:type="paragraph"${attributes} w:styleId="${id}"><w:name w:val="${escapeXml(name)}"/>${base}<w:qFormat/>` +
    `<w:pPr>${overflow}${autoSpace}<w:jc w:val="${JC[style.align]}"/>${indentXml(style.indent, style.size)}${outline}</w:pPr>` +
    `<w:rPr>${fontsXml(preset, style.face)}<w:b w:val="${style.bold ? 1 : 0}"/><w:bCs w:val="${style.bold ? 1 : 0}"/><w:color w:val="000000"/>${sizeXml(style.size)}</w:rPr></w:style>`
  );
}

/** styles.xml: document defaults, the default paragraph, character, table and list styles, and one style per role. */
export function stylesXml(preset: Preset): string {
  const body = roleStyle(preset, 'body');
  const line = twipsOfPt(preset.lineSpacing);
  const spacing = Math.round(preset.characterSpacing * TWIPS_PER_PT);
  const pageNumber = preset.pageNumber;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fontsXml(preset, body.face)}<w:spacing w:val="${spacing}"/><w:kern w:val="0"/>${sizeXml(body.size)}` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>' +
    `<w:pPrDefault><w:pPr><w:widowControl w:val="${preset.widowControl ? 1 : 0}"/><w:spacing w:before="0" w:after="0" w:line="${line}" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    BLOCK_ROLES.map((role) => roleStyleXml(preset, role)).join('') +
    // The library would add headings 5 and 6 in blue; speeches have four levels, the others look like the fourth.
    [5, 6].map((level) => `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Heading4"/><w:next w:val="Normal"/><w:pPr><w:outlineLvl w:val="${level - 1}"/></w:pPr></w:style>`).join('') +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
    // Tables take single spacing and no indent: a fixed 28 pt line overflows their rows.
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>' +
    '<w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>' +
    // Footnotes (imported from Word as [^1]): the body face a size smaller, single spacing, the mark raised.
    '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>' +
    '<w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>' +
    `<w:rPr><w:spacing w:val="0"/>${sizeXml(body.size - 2)}</w:rPr></w:style>` +
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>' +
    '<w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>' +
    `<w:rPr>${fontsXml(preset, pageNumber.face)}<w:spacing w:val="0"/>${sizeXml(pageNumber.size)}</w:rPr></w:style>` +
    '</w:styles>'
  );
}

/**
 * fontTable.xml: each face the document names, with the next name of its list as Word's alternative
 * (仿宋_GB2312 → 仿宋), and the GB2312 character set so a missing face is replaced by a Chinese one.
 */
export function fontTableXml(preset: Preset): string {
  const faces = new Set([...BLOCK_ROLES.map((role) => preset.roles[role].face), preset.pageNumber.face]);
  const entries = [...faces].map((face) => {
    const [name, alternative] = faceNames(preset, face);
    return `<w:font w:name="${escapeXml(name)}">${alternative ? `<w:altName w:val="${escapeXml(alternative)}"/>` : ''}<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;
  });
  const latin = `<w:font w:name="${escapeXml(preset.latinFace)}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries.join('')}${latin}</w:fonts>`;
}

const ALIGNMENT = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

/** Footer paragraphs: `— N —` at the outside of the type area (right on odd pages, left on even) or centred. */
function footer(preset: Preset, side: 'left' | 'right' | 'center'): Footer {
  const { dashes, indent, size, face } = preset.pageNumber;
  const inset = twipsOfPt(indent * size);
  // The standard's 半角宋体 digits: the number face in every slot, digits and dashes alike.
  const name = faceNames(preset, face)[0];
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: ALIGNMENT[side],
        indent: side === 'right' ? { right: inset } : side === 'left' ? { left: inset } : undefined,
        children: [new TextRun({ font: { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' }, children: dashes ? ['— ', PageNumber.CURRENT, ' —'] : [PageNumber.CURRENT] })],
      }),
    ],
  });
}

/**
 * Dashes, quotes, ellipses and other general punctuation next to a Latin letter or digit. Word sets
 * them in the Chinese face from the hAnsi slot and the East Asian hint; LibreOffice gives them the
 * script of the text around them (the Latin face in `1—2月`), so such runs name the Chinese face in
 * every slot. Between Chinese characters both already use the Chinese face: no extra runs.
 */
const PUNCTUATION = /(?<=[\x21-\x7e])[\u00b7\u2010-\u206f]+|[\u00b7\u2010-\u206f]+(?=[\x21-\x7e])/g;

/** Noncharacters XML 1.0 does not allow, which the library passes through (it drops control characters itself): Word would refuse the file. */
const NOT_XML = /[\uFFFE\uFFFF]/g;

/** A footnote as imported Word documents (and Markdown) write one: `[^1]` in the text, `[^1]: …` at the start of a line of its own. */
const NOTE_REFERENCE = /\[\^([^\]\s]+)\]/g;
const NOTE_DEFINITION = /^\[\^([^\]\s]+)\]:[ \t\u3000]*/;

interface Footnotes {
  /** Word's footnote id of each label both referred to and defined, numbered in the order of first reference. */
  ids: Map<string, number>;
  /** The blocks that define them: printed as footnotes, not in the body. */
  definitions: Map<LayoutBlock, number>;
}

function footnotesOf(blocks: LayoutBlock[]): Footnotes {
  const defined = new Map<string, LayoutBlock>();
  for (const block of blocks) {
    const label = NOTE_DEFINITION.exec(blockText(block))?.[1];
    if (label !== undefined && !defined.has(label)) defined.set(label, block);
  }
  const ids = new Map<string, number>();
  const definitions = new Map<LayoutBlock, number>();
  if (!defined.size) return { ids, definitions };
  for (const block of blocks) {
    const text = blockText(block);
    const own = NOTE_DEFINITION.exec(text)?.[0].length ?? 0;
    for (const [, label] of text.slice(own).matchAll(NOTE_REFERENCE)) {
      const definition = defined.get(label);
      if (!definition || ids.has(label)) continue;
      ids.set(label, ids.size + 1);
      definitions.set(definition, ids.size);
    }
  }
  return { ids, definitions };
}

/** A footnote's paragraph: the defining line less its `[^n]: `. */
function footnoteParagraph(block: LayoutBlock): Paragraph {
  let prefix = NOTE_DEFINITION.exec(blockText(block))?.[0].length ?? 0;
  const children: TextRun[] = [];
  for (const run of block.runs) {
    if (run.added) continue;
    const text = run.text.slice(Math.min(prefix, run.text.length)).replace(NOT_XML, '');
    prefix = Math.max(0, prefix - run.text.length);
    if (text) children.push(new TextRun({ text: text.replace(/\n/g, ' '), bold: run.bold || undefined }));
  }
  return new Paragraph({ style: 'FootnoteText', children });
}

/** A run's text with its footnote references as Word's footnote marks. */
function runsWithNotes(preset: Preset, block: LayoutBlock, run: LayoutRun, lineBreak: boolean, notes: Footnotes): (TextRun | FootnoteReferenceRun)[] {
  if (!notes.ids.size) return runsOf(preset, block, run, lineBreak);
  const out: (TextRun | FootnoteReferenceRun)[] = [];
  let at = 0;
  const text = (end: number) => {
    for (const textRun of runsOf(preset, block, { ...run, text: run.text.slice(at, end) }, lineBreak && !out.length)) out.push(textRun);
  };
  for (const match of run.text.matchAll(NOTE_REFERENCE)) {
    const id = notes.ids.get(match[1]);
    if (id === undefined) continue;
    text(match.index);
    out.push(new FootnoteReferenceRun(id));
    at = match.index + match[0].length;
  }
  text(run.text.length);
  return out;
}

function runsOf(preset: Preset, block: LayoutBlock, run: LayoutRun, lineBreak: boolean): TextRun[] {
  const own = roleStyle(preset, block.role);
  const style = roleStyle(preset, run.face);
  const name = faceNames(preset, style.face)[0];
  // Runs in the block's own face take it from the style (a table of contents copies direct formatting).
  const direct = run.face !== block.role;
  const formatting = {
    bold: direct ? run.bold || style.bold : run.bold !== own.bold ? run.bold : undefined,
    size: direct ? style.size * 2 : undefined,
  };
  const latin = direct ? preset.latinFace : undefined;
  const runs: TextRun[] = [];
  const push = (text: string, ascii: string | undefined) => {
    if (!text) return;
    const font = ascii || direct ? { ascii: ascii ?? name, hAnsi: name, eastAsia: name, cs: ascii ?? name, hint: 'eastAsia' } : undefined;
    runs.push(new TextRun({ text, ...formatting, font, break: lineBreak && !runs.length ? 1 : undefined }));
  };
  const text = run.text.replace(NOT_XML, '');
  let at = 0;
  for (const match of text.matchAll(PUNCTUATION)) {
    push(text.slice(at, match.index), latin);
    push(match[0], name);
    at = match.index + match[0].length;
  }
  push(text.slice(at), latin);
  return runs;
}

function paragraphOf(preset: Preset, block: LayoutBlock, notes: Footnotes): Paragraph {
  const children: (TextRun | FootnoteReferenceRun)[] = [];
  let lineBreak = false;
  for (const run of block.runs) {
    if (run.text === '\n') lineBreak = true;
    else {
      // A loop, not push(...list): a paragraph of 130,000 runs would overflow the stack with a spread.
      for (const textRun of runsWithNotes(preset, block, run, lineBreak, notes)) children.push(textRun);
      lineBreak = false;
    }
  }
  const heading = HEADING_LEVELS[block.role];
  return new Paragraph({
    ...(heading ? { heading } : { style: STYLES[block.role].id }),
    children,
    // Set on the paragraph, not the style: a run-in heading is a whole paragraph and must not pull the next one along.
    keepNext: block.keepWithNext || undefined,
    pageBreakBefore: block.pageBreakBefore || undefined,
    spacing: block.spaceBefore ? { before: twipsOfPt(block.spaceBefore * preset.lineSpacing) } : undefined,
  });
}

/** A Markdown table (a header row, a `| --- |` rule, the other rows), as the import writes Word's tables. */
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
const TABLE_RULE = /^[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$/;
const isTableBlock = (model: SpeechModel, block: LayoutBlock) => (block.role === 'body' || block.role === 'residue') && TABLE_ROW.test(model.text.slice(block.span.start, block.span.end));

/** A cell's text: `\|` a bar, `<br>` a line break, `**…**` bold. */
function cellParagraph(cell: string): Paragraph {
  const children: TextRun[] = [];
  cell.split(/<br\s*\/?>/i).forEach((line, i) => {
    const text = line.replace(/\\\|/g, '|').replace(NOT_XML, '');
    // Bold as the body reads it (boldMarks: `**` in pairs, runs of stars and an unpaired mark are text).
    const marks = [-2, ...boldMarks(text), text.length];
    for (let k = 0; k + 1 < marks.length; k++) {
      const shown = text.slice(marks[k] + 2, marks[k + 1]);
      if (shown || k === 0) children.push(new TextRun({ text: shown, bold: k % 2 === 1 ? true : undefined, break: i > 0 && k === 0 ? 1 : undefined }));
    }
  });
  // Single spacing, flush left, no first-line indent: the body's fixed line would crowd the cells, and
  // justified lines ending in a break are spread across the cell.
  return new Paragraph({ children, alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, spacing: { line: 240, lineRule: 'auto' } });
}

/** A Word table of Markdown table lines; the rule row says where the header ends and prints nothing. */
function tableOf(preset: Preset, model: SpeechModel, blocks: LayoutBlock[]): Table {
  const rows = blocks
    .map((block) => model.text.slice(block.span.start, block.span.end))
    .filter((line) => !TABLE_RULE.test(line))
    .map((line) => line.trim().slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()));
  // A loop, not Math.max(...rows): a table of 150,000 rows is one argument per row.
  const width = rows.reduce((most, row) => Math.max(most, row.length), 1);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    // Columns of equal width across the type area, given: docx would count them with a spread of its own.
    columnWidths: Array.from({ length: width }, () => Math.floor(twipsOfPt(typeWidth(preset)) / width)),
    rows: rows.map((cells) => new TableRow({ children: Array.from({ length: width }, (_, i) => new TableCell({ children: [cellParagraph(cells[i] ?? '')] })) })),
  });
}

/** The body's paragraphs and tables: two or more table lines in a row, the second a rule, become a table. */
function bodyOf(preset: Preset, model: SpeechModel, blocks: LayoutBlock[], notes: Footnotes): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (let i = 0; i < blocks.length; ) {
    let end = i;
    // Table lines on consecutive lines: a blank line ends a table.
    while (end < blocks.length && isTableBlock(model, blocks[end]) && (end === i || blocks[end].line === blocks[end - 1].line + 1)) end++;
    if (end - i >= 2 && TABLE_RULE.test(model.text.slice(blocks[i + 1].span.start, blocks[i + 1].span.end))) {
      out.push(tableOf(preset, model, blocks.slice(i, end)));
      i = end;
    } else out.push(paragraphOf(preset, blocks[i++], notes));
  }
  return out;
}

export interface DocxOptions extends LayoutOptions {
  /** Document title in the file's properties. */
  title?: string;
}

/** The .docx bytes of a speech model in a preset. */
export async function speechToDocx(model: SpeechModel, preset: Preset, options: DocxOptions = {}): Promise<Uint8Array> {
  const blocks = layoutBlocks(model, preset, options);
  const notes = footnotesOf(blocks);
  const body = blocks.filter((block) => !notes.definitions.has(block));
  const { margins, paper, pageNumber } = preset;
  // The page number's line starts `distance` below the type area; Word places the footer from the page's foot.
  const footerFromEdge = Math.max(0, margins.bottom - pageNumber.distance - (pageNumber.size * 25.4) / 72);
  const outside = pageNumber.position === 'outside';
  const document = new Document({
    title: options.title?.replace(NOT_XML, ''),
    creator: 'Speech Writer',
    externalStyles: stylesXml(preset),
    evenAndOddHeaderAndFooters: outside,
    footnotes: Object.fromEntries([...notes.definitions].map(([block, id]) => [id, { children: [footnoteParagraph(block)] }])),
    sections: [
      {
        properties: {
          page: {
            size: { width: twipsOfMm(paper.width), height: twipsOfMm(paper.height) },
            margin: { top: twipsOfMm(margins.top), bottom: twipsOfMm(margins.bottom), left: twipsOfMm(margins.left), right: twipsOfMm(margins.right), header: twipsOfMm(15), footer: twipsOfMm(footerFromEdge), gutter: 0 },
          },
        },
        footers: outside ? { default: footer(preset, 'right'), even: footer(preset, 'left') } : { default: footer(preset, 'center') },
        children: body.length ? bodyOf(preset, model, body, notes) : [new Paragraph({})],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml(preset) }]));
}
