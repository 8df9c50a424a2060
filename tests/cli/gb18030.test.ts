// Writing GBK files back: GB18030 from Node's own decoder, checked against the decoder over every code
// point and against iconv-lite on Chinese text.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../../server/src/cli/gb18030';
import { fixture } from '../helpers';

const decode = (bytes: Uint8Array) => new TextDecoder('gb18030').decode(bytes);

describe('encodeGb18030', () => {
  it('every code point comes back through the decoder, except private-use ones the decoder never yields', () => {
    const unencodable: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const text = String.fromCodePoint(cp);
      if (decode(encodeGb18030(text)) !== text) unencodable.push(cp.toString(16));
    }
    // U+E5E5 and 18 private-use points that GB18030-2022 moved to standard characters (U+FE10…): refused by
    // encodeText's check, never written as something else.
    expect(unencodable).toEqual(['e5e5', 'e78d', 'e78e', 'e78f', 'e790', 'e791', 'e792', 'e793', 'e794', 'e795', 'e796', 'e81e', 'e826', 'e82b', 'e82c', 'e832', 'e843', 'e854', 'e864']);
  });

  it('writes the same bytes as iconv-lite for the speeches of the corpus (GBK characters take two bytes)', () => {
    for (const name of ['corpus/000.speech.md', 'corpus/002.speech.md', 'external/05-xi-deep-poverty-speech.speech.md']) {
      const text = fixture(name);
      expect(encodeGb18030(text).equals(iconv.encode(text, 'gb18030'))).toBe(true);
    }
  });
});
