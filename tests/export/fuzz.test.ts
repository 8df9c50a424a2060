// Random texts through the export: never a throw, and always a document.xml that parses as XML (a
// control character or a lone surrogate in the text would make Word refuse the whole file).
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { expect, test } from 'vitest';
import { speechToDocx } from '../../server/src/export';
import { parse, resolvePreset } from '../../server/src/service';
import { anyText } from '../fuzz/arbitraries';
import { budget, timeout } from '../fuzz/budget';

const presets = [resolvePreset([]), resolvePreset([], 'reading')];

const parsesAsXml = (xml: string) => {
  const parser = new SaxesParser();
  parser.write(xml).close();
};

test(
  'any text exports to a document whose XML parses',
  async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(anyText, fc.constantFrom('\u0000', '\u000b', '\uD800', '\uFFFE', '\uFFFF')), { maxLength: 4 }), fc.constantFrom(0, 1), async (parts, preset) => {
        const text = parts.join('');
        const files = unzipSync(await speechToDocx(parse(text), presets[preset]));
        expect(() => parsesAsXml(strFromU8(files['word/document.xml']))).not.toThrow();
      }),
      budget(60),
    );
  },
  timeout(),
);
