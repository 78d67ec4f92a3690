/**
 * Article ids in code-unit order: the tie-break wherever a result must not depend on the order articles
 * arrived in.
 */
export function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
