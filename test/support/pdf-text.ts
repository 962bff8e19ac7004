import { inflateSync } from 'node:zlib';

/** WinAnsi (cp1252) bytes 0x80–0x9F that differ from Latin-1: what pdfkit writes for standard fonts. */
const CP1252: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

function decodeHex(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const byte = parseInt(hex.slice(i, i + 2), 16);
    out += CP1252[byte] ?? String.fromCharCode(byte);
  }
  return out;
}

/**
 * The text a PDF made by pdfmake with the standard fonts shows: each content stream is inflated
 * (or read as is when uncompressed), and the hex strings of its `TJ` operators decoded from
 * WinAnsi. A new line starts where the text position (`Tm`) moves to another line, so a test
 * can look for a phrase the way a reader sees it.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    const bytes = Buffer.from(m[1]!, 'latin1');
    try {
      return inflateSync(bytes).toString('latin1');
    } catch {
      return m[1]!;
    }
  });
  let text = '';
  let lastY: string | null = null;
  for (const stream of streams) {
    for (const m of stream.matchAll(/1 0 0 1 [\d.-]+ ([\d.-]+) Tm[\s\S]*?\[([^\]]*)\] TJ/g)) {
      const y = m[1]!;
      if (lastY !== null && y !== lastY) text += '\n';
      lastY = y;
      text += [...m[2]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => decodeHex(h[1]!)).join('');
    }
  }
  return text;
}
