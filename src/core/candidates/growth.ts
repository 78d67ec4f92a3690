type Pool =
  | Int32Array<ArrayBuffer>
  | Uint32Array<ArrayBuffer>
  | Uint16Array<ArrayBuffer>
  | Uint8Array<ArrayBuffer>
  | Float64Array<ArrayBuffer>;

/**
 * `array` itself when it has room for `needed` items, else a copy with room for a quarter more.
 * A quarter, not a doubling: the pools hold most of the index's memory, and a doubled pool is half
 * empty just after it grows. Copies stay amortised (each item is copied about four times).
 */
export function withRoom<T extends Pool>(array: T, needed: number): T {
  return needed <= array.length ? array : resized(array, grownCapacity(array.length, needed));
}

/** The capacity a pool of `capacity` items grows to when it must hold `needed`. */
export function grownCapacity(capacity: number, needed: number): number {
  return Math.max(needed, Math.ceil(capacity * 1.25) + 64);
}

/** A copy of `array` with `length` items, its first ones kept. */
export function resized<T extends Pool>(array: T, length: number): T {
  const Pool = array.constructor as new (length: number) => T;
  const copy = new Pool(length);
  (copy as Uint8Array).set(length < array.length ? (array.subarray(0, length) as Uint8Array) : (array as Uint8Array));
  return copy;
}

/** The fullest an open-addressing table gets: linear probing stays short, and cells are few bytes. */
export const MAX_LOAD = 0.7;

/** Cells of an open-addressing table for `items`: a power of two, filled to at most MAX_LOAD. */
export function tableSize(items: number): number {
  let size = 64;
  while (items > size * MAX_LOAD) size *= 2;
  return size;
}

/** Fibonacci hashing: the top `bits` bits of the product, a good spread for keys that are already hashes or small integers. */
export function homeCell(key: number, bits: number): number {
  return Math.imul(key | 0, 0x9e3779b1) >>> (32 - bits);
}
