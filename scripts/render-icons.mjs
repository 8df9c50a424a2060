// Renders the extension and file icons (images/*.png) from HTML with Debian chromium and the Noto
// CJK fonts (scripts/install-e2e.sh installs both). Run after changing the design: node scripts/render-icons.mjs
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const images = join(dirname(fileURLToPath(import.meta.url)), '../images');
const icons = [
  {
    file: 'icon.png',
    size: 128,
    html: `<div style="width:128px;height:128px;border-radius:22px;background:#b71c1c;display:flex;flex-direction:column;align-items:center;justify-content:center">
      <div style="font:900 78px 'Noto Serif CJK SC','Noto Sans CJK SC';color:#fff;line-height:1">讲</div>
      <div style="width:84px;height:6px;background:#ffd54f;margin-top:8px;border-radius:3px"></div></div>`,
  },
  {
    file: 'file-icon.png',
    size: 32,
    html: `<div style="width:32px;height:32px;display:flex;align-items:center;justify-content:center;font:900 26px 'Noto Sans CJK SC';color:#d32f2f">讲</div>`,
  },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const { file, size, html } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0;background:transparent">${html}</body>`);
  await page.screenshot({ path: join(images, file), omitBackground: true });
  await page.close();
}
await browser.close();
