// Text back to the bytes of its file's encoding. GB18030 needs iconv-lite's tables: they come with the
// import layer, loaded only when a GBK file is written.
import { loadImport } from '../layers';
import { decoder, InputError, type Encoding } from './textFile';

/** Text as bytes in `encoding`; a character GB18030 cannot hold is an InputError, never a silent `?`. */
export async function encodeText(text: string, encoding: Encoding, path: string): Promise<Buffer> {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'gb18030': {
      const bytes = (await loadImport()).encodeGb18030(text);
      if (decoder('gb18030').decode(bytes) !== text) throw new InputError(path, 'unencodable');
      return bytes;
    }
  }
}

