import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import type { StoryPageData } from '../api.js';
import { href } from '../route.js';
import { colourOf, RELATION_COLOURS } from './relation.js';

type Graph = StoryPageData['graph'];

/** Labels are drawn on a canvas, never parsed as markup, so an article's title cannot run. */
const label = (node: Graph['nodes'][number]) => `${node.id} · ${node.outlet ?? node.title}`.slice(0, 60);

/**
 * The story's provenance graph: a node per article coloured by its relation, an edge from each source
 * to the article made from it, labelled with how. Sources sit above what derives from them; a click on
 * a node opens its article.
 */
export function ProvenanceGraph({ graph, original }: { graph: Graph; original: string | null }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (container.current === null) return;
    const cy = cytoscape({
      container: container.current,
      elements: [
        ...graph.nodes.map((n) => ({
          data: { id: n.id, label: label(n), colour: colourOf(n.relation) },
          classes: n.id === original ? 'original' : '',
        })),
        ...graph.edges.map((e, i) => ({
          data: {
            id: `e${i}`,
            source: e.from,
            target: e.to,
            label: e.relation.replace('_', ' '),
            colour: colourOf(e.relation),
          },
        })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(label)',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            width: 22,
            height: 22,
          },
        },
        { selector: 'node.original', style: { 'border-width': 4, 'border-color': '#f9a825', width: 30, height: 30 } },
        {
          selector: 'edge',
          style: {
            width: 2,
            'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 10,
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
          },
        },
      ],
      layout: {
        name: 'breadthfirst',
        directed: true,
        padding: 24,
        spacingFactor: 1.1,
        ...(original === null ? {} : { roots: [original] }),
      },
    });
    cy.on('tap', 'node', (event) => {
      window.location.hash = href.article(event.target.id());
    });
    return () => cy.destroy();
  }, [graph, original]);
  return (
    <figure class="graph">
      <div
        ref={container}
        class="graph-canvas"
        role="img"
        aria-label={`provenance graph: ${graph.nodes.length} articles, ${graph.edges.length} derivations`}
        data-nodes={graph.nodes.length}
        data-edges={graph.edges.length}
      />
      <figcaption class="legend">
        {Object.entries(RELATION_COLOURS).map(([relation, colour]) => (
          <span key={relation}>
            <i style={{ background: colour }} /> {relation.replace('_', ' ')}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
