import { TextDecoder } from 'node:util';

/** How far into a document its own charset declaration is looked for (HTML puts it in the first 1,024 bytes). */
const SNIFF_BYTES = 1024;

const DECLARATIONS = [/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i, /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i];

function headerCharset(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType)?.[1];
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  // Declarations are ASCII in every charset a page may use but UTF-16, which a BOM announces.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  for (const pattern of DECLARATIONS) {
    const found = pattern.exec(head)?.[1];
    if (found !== undefined) return found;
  }
  return undefined;
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (label === undefined) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/**
 * A fetched body as text: by its BOM, else the charset of its Content-Type, else the one the document
 * declares (`<meta charset>`, `<?xml encoding?>`), else UTF-8. An unknown charset counts as absent.
 * Bytes the charset cannot map become U+FFFD: one stray byte should not lose a whole page.
 */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const decoder =
    decoderFor(bomCharset(bytes)) ??
    decoderFor(headerCharset(contentType)) ??
    decoderFor(declaredCharset(bytes)) ??
    new TextDecoder('utf-8');
  return decoder.decode(bytes);
}
