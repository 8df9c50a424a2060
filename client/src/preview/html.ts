// The preview's HTML shell, a pure function (tested without VS Code): a strict content security policy,
// the one script by nonce, the stylesheet from the extension's folder, and no speech text at all (the
// pages arrive by message and are built with textContent).

export interface ShellOptions {
  /** webview.cspSource */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
  /** `lang` of the document: zh-CN, so Chinese punctuation and line breaking follow Chinese rules. */
  lang: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A nonce for the script: 32 characters of [A-Za-z0-9] from `random` (Math.random by default). */
export function makeNonce(random: () => number = Math.random): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let nonce = '';
  for (let i = 0; i < 32; i++) nonce += chars[Math.floor(random() * chars.length)];
  return nonce;
}

export function previewHtml(options: ShellOptions): string {
  const { cspSource, nonce } = options;
  const csp = [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(options.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(options.styleUri)}">
</head>
<body>
<header class="toolbar">
<label><input type="checkbox" id="problems"> <span id="problems-label"></span></label>
<label><input type="checkbox" id="times"> <span id="times-label"></span></label>
<label><span id="preset-label"></span> <select id="preset"></select></label>
<label><span id="zoom-label"></span> <select id="zoom"><option value="fit" id="zoom-fit"></option><option value="1">100%</option><option value="0.75">75%</option><option value="0.5">50%</option></select></label>
<span id="count" class="count"></span>
</header>
<main id="pages" class="speech-preview"></main>
<script nonce="${escapeAttribute(nonce)}" src="${escapeAttribute(options.scriptUri)}"></script>
</body>
</html>
`;
}
