/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Runs inside the preview webview (bundled to dist/preview.js): draws the pages the extension sends,
// keeps the scroll position across updates, follows the editor, and reports double clicks and toggles.
import { lineAtOrBefore, renderPages, type PreviewOptions, type VNode } from './render';
import type { PreviewResult } from '../../../server/src/protocol';

interface Labels {
  problems: string;
  times: string;
  preset: string;
  zoom: string;
  fitWidth: string;
  /** `{0}` is the number of pages. */
  count: string;
}

type Incoming = { type: 'update'; result: PreviewResult; options: PreviewOptions; labels: Labels } | { type: 'reveal'; line: number };

declare function acquireVsCodeApi(): { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void };
const vscode = acquireVsCodeApi();

const pagesElement = document.getElementById('pages')!;
const problems = document.getElementById('problems') as HTMLInputElement;
const times = document.getElementById('times') as HTMLInputElement;
const preset = document.getElementById('preset') as HTMLSelectElement;
const count = document.getElementById('count')!;
const zoom = document.getElementById('zoom') as HTMLSelectElement;

/** Width of a sheet in CSS pixels (96 per inch), and the margin kept beside it when fitting. */
let sheetWidth = (210 / 25.4) * 96;
const FIT_MARGIN = 32;

/** Scales the sheets: to the panel's width (never above 100%), or by a fixed factor. */
function applyZoom(): void {
  const factor = zoom.value === 'fit' ? Math.min(1, Math.max(0.2, (document.documentElement.clientWidth - FIT_MARGIN) / sheetWidth)) : Number(zoom.value);
  pagesElement.style.setProperty('zoom', String(factor));
}

/** A node tree as DOM: text only through textContent, styles through the CSSOM (allowed by the policy). */
function build(node: VNode): HTMLElement {
  const element = document.createElement(node.tag);
  if (node.className) element.className = node.className;
  if (node.text !== undefined) element.textContent = node.text;
  if (node.title) element.title = node.title;
  for (const [key, value] of Object.entries(node.data ?? {})) element.dataset[key] = value;
  for (const [key, value] of Object.entries(node.style ?? {})) element.style.setProperty(key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value);
  for (const child of node.children ?? []) element.appendChild(build(child));
  return element;
}

/** Each drawn sheet's node tree as text: a keystroke redraws only the sheets it changed (mostly one). */
let drawn: string[] = [];

function drawPages(pages: VNode[]): void {
  const keys = pages.map((page) => JSON.stringify(page));
  const sheets = [...pagesElement.children];
  keys.forEach((key, i) => {
    if (key === drawn[i] && sheets[i]) return;
    const sheet = build(pages[i]);
    if (sheets[i]) sheets[i].replaceWith(sheet);
    else pagesElement.appendChild(sheet);
  });
  for (const extra of sheets.slice(keys.length)) extra.remove();
  drawn = keys;
}

function update(message: Extract<Incoming, { type: 'update' }>): void {
  const { result, options, labels } = message;
  const scroll = window.scrollY;
  sheetWidth = (result.style.paper.width / 25.4) * 96;
  applyZoom();
  drawPages(renderPages(result, options));
  pagesElement.dataset.pages = String(result.pages.length);
  pagesElement.dataset.version = String(result.version);
  window.scrollTo(0, scroll);
  problems.checked = options.problems;
  times.checked = options.times;
  document.getElementById('problems-label')!.textContent = labels.problems;
  document.getElementById('times-label')!.textContent = labels.times;
  document.getElementById('preset-label')!.textContent = labels.preset;
  document.getElementById('zoom-label')!.textContent = labels.zoom;
  document.getElementById('zoom-fit')!.textContent = labels.fitWidth;
  count.textContent = labels.count.replace('{0}', String(result.pages.length));
  if ([...preset.options].map((o) => o.value).join() !== result.presets.join()) {
    preset.replaceChildren(...result.presets.map((name) => Object.assign(document.createElement('option'), { value: name, textContent: name })));
  }
  preset.value = result.style.name;
  saveState();
}

const saveState = () => vscode.setState({ scroll: window.scrollY, zoom: zoom.value });

/** Scrolls so the page line of a source line (or the nearest one before it) is at the top. */
function reveal(line: number): void {
  const elements = [...pagesElement.querySelectorAll<HTMLElement>('.line')];
  const target = lineAtOrBefore(
    elements.map((e) => Number(e.dataset.line)),
    line,
  );
  const element = elements.find((e) => Number(e.dataset.line) === target);
  if (element) window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 40);
}

window.addEventListener('message', (event: MessageEvent<Incoming>) => {
  if (event.data.type === 'update') update(event.data);
  else if (event.data.type === 'reveal') reveal(event.data.line);
});

pagesElement.addEventListener('dblclick', (event) => {
  const line = (event.target as HTMLElement).closest<HTMLElement>('.line');
  if (line) vscode.postMessage({ type: 'reveal', line: Number(line.dataset.line) });
});

const sendOptions = () => vscode.postMessage({ type: 'options', options: { problems: problems.checked, times: times.checked }, preset: preset.value });
problems.addEventListener('change', sendOptions);
times.addEventListener('change', sendOptions);
preset.addEventListener('change', sendOptions);
zoom.addEventListener('change', () => {
  applyZoom();
  saveState();
});
window.addEventListener('resize', () => zoom.value === 'fit' && applyZoom());
window.addEventListener('scroll', saveState);

const saved = vscode.getState() as { scroll?: number; zoom?: string } | undefined;
if (saved?.zoom && [...zoom.options].some((o) => o.value === saved.zoom)) zoom.value = saved.zoom;
vscode.postMessage({ type: 'ready' });
if (saved?.scroll) window.scrollTo(0, saved.scroll);
