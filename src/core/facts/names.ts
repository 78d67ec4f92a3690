import nlp from 'compromise';
import type { Names } from './types.js';

/**
 * People, places and organisations an article names (compromise's tagger: rules and a lexicon, no
 * model to load). It costs some milliseconds a text, so it is read for the articles a person looks at,
 * not for every article added.
 */
export function names(text: string): Names {
  const doc = nlp(text);
  const clean = (found: string[]) => [
    ...new Set(
      found.map((n) => n.replace(/[\s,.;:—–-]+$/u, '').replace(/^[\s,.;:—–-]+/u, '')).filter((n) => n.length > 1),
    ),
  ];
  return {
    people: clean(doc.people().out('array') as string[]),
    places: clean(doc.places().out('array') as string[]),
    organisations: clean(doc.organizations().out('array') as string[]),
  };
}
