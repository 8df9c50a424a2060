// textDocument/hover: on a heading, its level and the figures of its section (字数, speaking time, pages);
// on the title, those of the whole speech; on a problem, what its rule checks, in a sentence.
import type { SpeechDiagnostic } from './diagnostics';
import { RULES, type Rule } from './diagnostics/rules';
import { partFigures, type UiLanguage } from './format';
import type { Span, Speech, SpeechModel } from './model';
import { LEVEL_NAMES } from './names';
import { countCharacters, DEFAULT_SPEAKING_RATE, type PageLocator } from './statistics';
import { firstStartingAt } from './sorted';

export interface HoverContext {
  /** The document's diagnostics at their places. */
  diagnostics: readonly SpeechDiagnostic[];
  rate?: number;
  pages?: PageLocator;
  language?: UiLanguage;
}

export interface SpeechHover {
  /** Markdown. */
  contents: string;
  span: Span;
}

const RULE_BY_CODE = new Map<string, Rule>(RULES.map((rule) => [rule.code, rule]));

export function getHover(model: SpeechModel, offset: number, context: HoverContext): SpeechHover | null {
  const parts: string[] = [];
  let span: Span | undefined;
  const problems = context.diagnostics.filter((d) => d.start <= offset && offset <= d.end);
  for (const d of problems) {
    span ??= d;
    const rule = RULE_BY_CODE.get(d.code);
    if (rule) parts.push(`**${rule.title}**（\`${rule.code}\`）：${rule.summary}`);
  }
  const part = partAt(model, offset);
  if (part) {
    span ??= part.span;
    parts.unshift(`**${part.label}** · ${partFigures(figuresOf(model, part.span, context), context.language ?? 'zh')}`);
  }
  return parts.length && span ? { contents: parts.join('\n\n---\n\n'), span } : null;
}

/** The heading or title under the offset, with the span its figures cover. */
function partAt(model: SpeechModel, offset: number): { label: string; span: Span } | undefined {
  const speech = speechAt(model, offset);
  if (!speech) return undefined;
  const line = model.lines.lineAt(offset);
  const heading = speech.headings.find((h) => h.line === line);
  if (heading) {
    const section = findSection(speech, heading.start);
    // As in the statistics, the closing is not part of the last section.
    const closing = speech.paragraphs.find((p) => p.role === 'closing');
    const end = Math.min(section?.end ?? heading.end, closing ? model.lines.starts[closing.line] : Infinity);
    return { label: LEVEL_NAMES[heading.level], span: { start: heading.start, end: Math.max(heading.end, end) } };
  }
  const title = speech.title;
  if (title && title.parts.some((p) => model.lines.lineAt(p.start) === line)) return { label: '讲话稿', span: { start: speech.start, end: speech.contentEnd } };
  return undefined;
}

function speechAt(model: SpeechModel, offset: number): Speech | undefined {
  const at = firstStartingAt(model.speeches, offset + 1) - 1;
  return model.speeches[Math.max(0, at)];
}

function findSection(speech: Speech, headingStart: number) {
  let sections = speech.sections;
  for (;;) {
    const section = sections.find((s) => s.start <= headingStart && headingStart < Math.max(s.end, s.start + 1));
    if (!section) return undefined;
    if (section.heading.start === headingStart) return section;
    sections = section.children;
  }
}

function figuresOf(model: SpeechModel, span: Span, context: HoverContext) {
  let characters = 0;
  const lines = model.textLines;
  for (let i = firstStartingAt(lines, model.lines.starts[model.lines.lineAt(span.start)]); i < lines.length && lines[i].start < span.end; i++) {
    characters += countCharacters(model.text.slice(lines[i].start, lines[i].end));
  }
  const seconds = Math.round((characters / (context.rate ?? DEFAULT_SPEAKING_RATE)) * 60);
  if (!context.pages) return { characters, seconds };
  const page = context.pages.pageAt(span.start);
  return { characters, seconds, page, pages: context.pages.pageAt(Math.max(span.start, span.end - 1)) - page + 1 };
}
