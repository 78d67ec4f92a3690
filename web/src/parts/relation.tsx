/** One colour per relation, for badges and graph nodes alike. */
export const RELATION_COLOURS: Record<string, string> = {
  original: '#1b5e20',
  independent: '#455a64',
  verbatim: '#b71c1c',
  near_verbatim: '#d84315',
  spun: '#6a1b9a',
  paraphrase: '#1565c0',
  summary: '#00838f',
  aggregate: '#8d6e63',
};

export const colourOf = (relation: string) => RELATION_COLOURS[relation] ?? '#616161';

export function RelationBadge({ relation }: { relation: string }) {
  return (
    <span class="badge" data-relation={relation} style={{ background: colourOf(relation) }}>
      {relation.replace('_', ' ')}
    </span>
  );
}
