import { combine } from '../text/hash.js';

/** One hash per LSH band: documents sharing any band key become candidates. */
export function bandKeys(signature: Uint32Array, bands: number): Uint32Array {
  const rows = Math.floor(signature.length / bands);
  const keys = new Uint32Array(bands);
  for (let band = 0; band < bands; band++) {
    let h = band + 1;
    for (let r = 0; r < rows; r++) h = combine(h, signature[band * rows + r] ?? 0);
    keys[band] = h;
  }
  return keys;
}
