import { describe, expect, it } from 'vitest';
import { makeNonce, previewHtml } from '../../client/src/preview/html';
import { fontFamily, marks, pageNumberText, renderPages, type VNode } from '../../client/src/preview/render';
import { previewStyle } from '../../server/src/pageRequests';
import type { PreviewResult } from '../../server/src/protocol';
import { getPageModel, pageViews, parse, resolvePreset } from '../../server/src/service';
import { fixture, lines } from '../helpers';

const shell = previewHtml({ cspSource: 'https://file+.vscode-resource.example', nonce: 'N0nce', scriptUri: 'https://r.example/dist/preview.js', styleUri: 'https://r.example/client/media/preview.css', lang: 'zh-CN' });

describe('the preview shell', () => {
  it('has a strict content security policy: nothing by default, the script by nonce only, styles and fonts from the extension', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(shell)![1];
    expect(csp.split('; ')).toEqual([
      "default-src 'none'",
      'style-src https://file+.vscode-resource.example',
      'font-src https://file+.vscode-resource.example',
      'img-src https://file+.vscode-resource.example',
      "script-src 'nonce-N0nce'",
    ]);
    expect(csp).not.toContain('unsafe');
    expect(shell.match(/<script/g)).toHaveLength(1);
    expect(shell).toContain('<script nonce="N0nce" src="https://r.example/dist/preview.js"></script>');
    expect(shell).not.toMatch(/https?:\/\/(?!r\.example|file\+)/);
  });

  it('escapes what it writes into attributes, and makes nonces of 32 letters and digits', () => {
    expect(previewHtml({ cspSource: 'x', nonce: 'n', scriptUri: 'a"><script>', styleUri: 's', lang: 'zh' })).toContain('src="a&quot;&gt;&lt;script&gt;"');
    expect(makeNonce()).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(makeNonce(() => 0)).toBe('A'.repeat(32));
  });
});

const model = parse(fixture('../../examples/sample.speech.md'));
const preset = resolvePreset([]);
const pages = pageViews(getPageModel(model, preset));
const result = (over: Partial<PreviewResult> = {}): PreviewResult => ({ uri: 'untitled:x', version: 1, style: previewStyle(preset), presets: ['official', 'reading'], pages, problems: [], times: [], ...over });
const texts = (node: VNode): string[] => [node.text ?? '', ...(node.children ?? []).flatMap(texts)];
const find = (node: VNode, test: (n: VNode) => boolean): VNode[] => [...(test(node) ? [node] : []), ...(node.children ?? []).flatMap((c) => find(c, test))];

describe('the pages drawn', () => {
  const drawn = renderPages(result(), { problems: true, times: true });

  it('draws each page as an A4 sheet with the type area inside the margins, and its number at the outside', () => {
    expect(drawn).toHaveLength(pages.length);
    expect(drawn[0].style).toEqual({ width: '210mm', height: '297mm' });
    const [area, number] = drawn[0].children!;
    expect(area.style).toEqual({ top: '37mm', left: '28mm', width: '156mm', height: '225mm' });
    expect([number.text, number.style!.textAlign, number.style!.top]).toEqual(['— 1 —', 'right', '269mm']);
    expect([drawn[1].children![1].text, drawn[1].children![1].style!.textAlign]).toEqual(['— 2 —', 'left']);
    expect(pageNumberText(3, false)).toBe('3');
  });

  it('puts each line on its row of the grid, in its faces and size, the first line of a paragraph indented two characters', () => {
    const body = find(drawn[0], (n) => n.className === 'line role-body')[0];
    expect(body.style).toMatchObject({ top: `${7 * 28}pt`, height: '28pt', textIndent: '32pt', textAlign: 'justify' });
    expect(body.children![0].style).toMatchObject({ fontSize: '16pt', fontFamily: '"speech-latin", "仿宋_GB2312", "仿宋", "FangSong", "STFangsong", serif' });
    const title = find(drawn[0], (n) => n.className === 'line role-title')[0];
    expect(title.style).toMatchObject({ top: '0pt', textAlign: 'center', textIndent: '0pt' });
    expect(title.children![0].style!.fontSize).toBe('22pt');
    const heading = find(drawn[0], (n) => n.className === 'line role-heading1')[0];
    expect(heading.children![0].style!.fontFamily).toBe('"speech-latin", "黑体", "SimHei", "STHeiti", sans-serif');
    expect(fontFamily(['a"b'])).toBe('"speech-latin", "ab", serif');
    expect(fontFamily(['黑体', 'SimHei'], 'sans-serif')).toBe('"speech-latin", "黑体", "SimHei", sans-serif');
  });

  it('keeps the text as text: every character of the page model is in a text node, nothing else', () => {
    const all = drawn.flatMap((page) => find(page, (n) => n.className?.startsWith('line') ?? false).map((l) => texts(l).join('')));
    expect(all).toEqual(pages.flatMap((p) => p.lines.map((l) => l.runs.map((r) => r.text).join(''))));
    const hostile = parse(lines('一、<img src=x onerror=alert(1)>甲', '正文<b>乙</b>。'));
    const page = renderPages(result({ pages: pageViews(getPageModel(hostile, preset)) }), { problems: false, times: false })[0];
    expect(find(page, (n) => n.tag !== 'div' && n.tag !== 'span' && n.tag !== 'section')).toEqual([]);
  });

  it('highlights the text of a problem where it prints, and marks the line when the text is not found', () => {
    const line = model.lines.lineAt(model.text.indexOf('一是工业增长'));
    const withProblem = renderPages(result({ problems: [{ line, text: '工业增长', severity: 'warning', message: '示例' }, { line: 0, text: '不在此行', severity: 'error', message: '整行' }] }), { problems: true, times: false });
    const marked = withProblem.flatMap((p) => find(p, (n) => n.className === 'problem warning'));
    expect(marked.map((n) => [n.text, n.title])).toEqual([['工业增长', '示例']]);
    expect(withProblem.flatMap((p) => find(p, (n) => n.className?.includes('has-problem') ?? false))).toHaveLength(1);
    const hidden = renderPages(result({ problems: [{ line, text: '工业增长', severity: 'warning', message: '示例' }] }), { problems: false, times: false });
    expect(hidden.flatMap((p) => find(p, (n) => n.className?.includes('problem') ?? false))).toEqual([]);
    expect(marks('甲乙甲乙', [{ text: '乙', severity: 'error', message: 'm' }]).map((m) => m.start)).toEqual([1, 3]);
  });

  it('shows the figures of a section beside its heading when asked', () => {
    const line = model.lines.lineAt(model.text.indexOf('一、正视形势'));
    const timed = renderPages(result({ times: [{ line, text: '766 字 · 约 4 分 47 秒 · 第 1–2 页' }] }), { problems: false, times: true });
    expect(timed.flatMap((p) => find(p, (n) => n.className === 'time')).map((n) => n.text)).toEqual(['766 字 · 约 4 分 47 秒 · 第 1–2 页']);
    expect(renderPages(result({ times: [{ line, text: 'x' }] }), { problems: false, times: false }).flatMap((p) => find(p, (n) => n.className === 'time'))).toEqual([]);
  });
});
