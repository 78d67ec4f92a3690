import { issue } from '../errors/index.js';
import { articlesFromJsonArray, articlesFromJsonl, type IngestItem } from '../ingest/index.js';

/** How a request body names its records in errors. */
const BODY = 'request body';

/**
 * The articles of a POST body: one JSON object, a JSON array of them, or JSON Lines (a Buffer, as the
 * JSON Lines content types are read). Each bad record is an issue naming it; the others go on.
 */
export async function* articlesFromBody(body: unknown, maxRecordBytes: number): AsyncGenerator<IngestItem> {
  if (Buffer.isBuffer(body)) {
    if (body.length === 0) {
      yield { ok: false, issues: [issue('INPUT_EMPTY', 'the body holds no JSON Lines', { file: BODY })] };
      return;
    }
    yield* articlesFromJsonl(oneChunk(body), BODY, maxRecordBytes);
    return;
  }
  if (body === undefined || body === null) {
    yield { ok: false, issues: [issue('INPUT_EMPTY', 'the body holds no article', { file: BODY })] };
    return;
  }
  yield* articlesFromJsonArray(Array.isArray(body) ? body : [body], BODY);
}

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
