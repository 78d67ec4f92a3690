import type { SideBySide } from '../api.js';

type Segment = SideBySide['sides']['article'][number];

/**
 * One side of a side-by-side view. Aligned passages are marked with their number; changed words are
 * struck out in the source and inserted in the article; quotations, figures and dates the two give
 * differently are outlined. Every run is text: nothing in an article becomes markup.
 */
export function SegmentedText({ segments, side }: { segments: readonly Segment[]; side: 'source' | 'article' }) {
  let shownPassage: number | undefined;
  return (
    <div class="text">
      {segments.map((s, i) => {
        const number = s.passage !== undefined && s.passage !== shownPassage ? s.passage : undefined;
        shownPassage = s.passage;
        const words = s.changed ? (
          side === 'source' ? (
            <del class="changed">{s.text}</del>
          ) : (
            <ins class="changed">{s.text}</ins>
          )
        ) : (
          s.text
        );
        const run = s.differs ? <span class={`differs differs-${s.differs}`}>{words}</span> : words;
        return (
          <span key={i} class={s.passage === undefined ? undefined : 'aligned'}>
            {number !== undefined && <sup class="pn">{number}</sup>}
            {run}
          </span>
        );
      })}
    </div>
  );
}
