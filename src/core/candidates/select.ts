/**
 * The k-th smallest (1-based) of `values[0..n)`, found by quickselect in place (the order of the values
 * is left changed); undefined when k is out of range. Linear on average, where a sort is n log n.
 */
export function kthSmallest(values: Int32Array, n: number, k: number): number | undefined {
  if (k < 1 || k > n) return undefined;
  const target = k - 1;
  let low = 0;
  let high = n - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1] ?? 0;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i++] = values[j] ?? 0;
        values[j--] = swap;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return values[target];
  }
  return values[target];
}
