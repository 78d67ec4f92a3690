import type { IncomingMessage } from 'node:http';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { StorytraceError } from '../errors/index.js';

/** The content codings asked for in Accept-Encoding, and how each is undone. */
const DECODERS: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

export const ACCEPT_ENCODING = 'gzip, deflate, br';

function tooLarge(url: string, maxBytes: number): StorytraceError {
  return new StorytraceError('FETCH_TOO_LARGE', `${url} is larger than ${maxBytes} bytes`);
}

/** The body decoded from its content coding; a coding storytrace did not ask for is a failed fetch. */
function decoded(response: IncomingMessage, url: string): Readable {
  const coding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (coding === 'identity' || coding === '') return response;
  const decoder = DECODERS[coding];
  if (decoder === undefined) {
    throw new StorytraceError('FETCH_FAILED', `${url} is sent with content-encoding ${coding}, which is not supported`);
  }
  // pipeline passes an error of either side to the other, so the loop below sees it.
  return pipeline(response, decoder(), () => {}) as unknown as Readable;
}

/**
 * Reads a response body whole, up to `maxBytes` once decompressed: a declared length above it is
 * refused before reading, and reading stops as soon as the decoded bytes pass it, so a small
 * compressed body that inflates to gigabytes costs no more than the limit.
 */
export async function readBody(response: IncomingMessage, url: string, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (declared > maxBytes) {
    response.destroy();
    throw tooLarge(url, maxBytes);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    const stream = decoded(response, url);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(url, maxBytes);
      chunks.push(chunk);
    }
  } finally {
    response.destroy();
  }
  return Buffer.concat(chunks);
}
