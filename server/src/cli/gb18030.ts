// GB18030 encoding from Node's own decoder (WHATWG gb18030): the table is the decoder's output over every
// two-byte code and every four-byte code of the BMP, built on first use; other planes are arithmetic.
// No encoding library in the bundles for the one case (writing a GBK file back after --fix) that needs it.

let table: Map<number, number> | undefined;

/** Code unit → its bytes packed in a number (two bytes: lead << 8 | trail; four bytes: all four). */
function buildTable(): Map<number, number> {
  const map = new Map<number, number>();
  const decoder = new TextDecoder('gb18030');
  const twoByte: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) twoByte.push(lead, trail);
  const decodedTwo = decoder.decode(Uint8Array.from(twoByte));
  for (let i = 0; i < decodedTwo.length; i++) if (!map.has(decodedTwo.charCodeAt(i))) map.set(decodedTwo.charCodeAt(i), (twoByte[2 * i] << 8) | twoByte[2 * i + 1]);
  // Four-byte codes of the BMP: pointers 0 … 39419.
  const fourByte = new Uint8Array(39420 * 4);
  for (let p = 0; p < 39420; p++) fourByte.set(fourBytes(p), p * 4);
  const decodedFour = decoder.decode(fourByte);
  for (let p = 0; p < decodedFour.length; p++) if (!map.has(decodedFour.charCodeAt(p))) map.set(decodedFour.charCodeAt(p), -1 - p);
  return map;
}

/** The four bytes of a GB18030 four-byte pointer. */
function fourBytes(pointer: number): number[] {
  return [0x81 + Math.floor(pointer / 12600), 0x30 + (Math.floor(pointer / 1260) % 10), 0x81 + (Math.floor(pointer / 10) % 126), 0x30 + (pointer % 10)];
}

/** GB18030 bytes of a text; a lone surrogate becomes `?` (the caller checks by decoding again). */
export function encodeGb18030(text: string): Buffer {
  table ??= buildTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      out.push(cp);
    } else if (cp >= 0x10000) {
      out.push(...fourBytes(189000 + cp - 0x10000));
    } else {
      const code = table.get(cp);
      if (code === undefined) out.push(0x3f);
      else if (code >= 0) out.push(code >> 8, code & 0xff);
      else out.push(...fourBytes(-1 - code));
    }
  }
  return Buffer.from(out);
}
