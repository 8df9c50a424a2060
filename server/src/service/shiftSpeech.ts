// Moves a parsed speech to where it stands in a new version of its document, so that a speech an edit
// did not touch is copied rather than parsed again.
import type { EnumItem, EnumRun, Heading, HeadingMarker, Paragraph, Section, Span, Speech } from './model';

/**
 * A copy of `speech` with every offset moved by `by` and every line by `lineBy`; the links between
 * its parts (a section's heading and items, an item's section, a run's items) point into the copy.
 */
export function shiftSpeech(speech: Speech, by: number, lineBy: number): Speech {
  if (by === 0 && lineBy === 0) return speech;
  // Objects are written out field by field: a spread copy is several times slower, and this runs on
  // every speech after the point of an edit, on every edit.
  const span = (s: Span): Span => ({ start: s.start + by, end: s.end + by });
  const optional = (s: Span | undefined): Span | undefined => (s ? span(s) : undefined);

  const headings = new Map<Heading, Heading>();
  for (const h of speech.headings) {
    const m = h.marker;
    const marker: HeadingMarker = {
      start: m.start + by,
      end: m.end + by,
      value: m.value,
      style: m.style,
      numeral: span(m.numeral),
      extraPunctuation: optional(m.extraPunctuation),
      noun: m.noun,
    };
    headings.set(h, {
      kind: h.kind,
      level: h.level,
      line: h.line + lineBy,
      start: h.start + by,
      end: h.end + by,
      marker,
      title: span(h.title),
      body: optional(h.body),
      atx: h.atx,
    });
  }
  const sections = new Map<Section, Section>();
  const copySection = (s: Section, parent: Section | undefined): Section => {
    const copy: Section = { start: s.start + by, end: s.end + by, heading: headings.get(s.heading)!, parent, children: [], items: [] };
    sections.set(s, copy);
    for (const child of s.children) copy.children.push(copySection(child, copy));
    return copy;
  };
  const topSections = speech.sections.map((s) => copySection(s, undefined));
  const items = new Map<EnumItem, EnumItem>();
  for (const i of speech.items) {
    items.set(i, {
      kind: i.kind,
      family: i.family,
      value: i.value,
      numeralStyle: i.numeralStyle,
      line: i.line + lineBy,
      start: i.start + by,
      end: i.end + by,
      marker: span(i.marker),
      numeral: span(i.numeral),
      title: span(i.title),
      paragraphStart: i.paragraphStart,
      section: i.section && sections.get(i.section),
    });
  }
  for (const [original, copy] of sections) for (const i of original.items) copy.items.push(items.get(i)!);
  const runs = speech.runs.map((r): EnumRun => ({ family: r.family, items: r.items.map((i) => items.get(i)!), section: r.section && sections.get(r.section) }));
  const paragraphs = speech.paragraphs.map(
    (p): Paragraph => ({ start: p.start + by, end: p.end + by, line: p.line + lineBy, role: p.role, heading: p.heading && headings.get(p.heading) }),
  );
  const { header, title } = speech;
  return {
    start: speech.start + by,
    end: speech.end + by,
    header: header && { start: header.start + by, end: header.end + by, line: header.line + lineBy, kind: header.kind },
    title: title && { start: title.start + by, end: title.end + by, parts: title.parts.map(span), text: title.text, line: title.line + lineBy, atx: title.atx },
    subtitles: speech.subtitles.map(span),
    speakers: speech.speakers.map(span),
    dates: speech.dates.map(span),
    salutation: optional(speech.salutation),
    paragraphs,
    sections: topSections,
    headings: [...headings.values()],
    items: [...items.values()],
    runs,
    contentEnd: speech.contentEnd + by,
    notes: speech.notes.map(span),
  };
}
