/** One wording replaced by another: the source's struck out, the copy's inserted. */
export function Swap({ from, to }: { from: string; to: string }) {
  return (
    <>
      <del class="changed">{from}</del> → <ins class="changed">{to}</ins>
    </>
  );
}
