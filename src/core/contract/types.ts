import type { BriefSentence, Discrepancy, UniqueClaim } from '../facts/types.js';
/**
 * The data contract (../shared/docs/contract.md, version 1): what goes in and what comes out.
 * Every stage and adapter speaks these shapes; fields may be added, never renamed.
 */

export const CONTRACT_VERSION = 1;

/** An article as ingested: plain extracted text plus optional metadata. */
export interface Article {
  id: string;
  /** Extracted plain text; every evidence offset points into this string. */
  text: string;
  title?: string;
  url?: string;
  outlet?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  /** Unknown input fields, kept and never used as labels. */
  meta?: Record<string, unknown>;
}

export const RELATIONS = [
  'original',
  'independent',
  'verbatim',
  'near_verbatim',
  'spun',
  'paraphrase',
  'summary',
  'aggregate',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const DERIVED_RELATIONS: ReadonlySet<Relation> = new Set([
  'verbatim',
  'near_verbatim',
  'spun',
  'paraphrase',
  'summary',
  'aggregate',
]);

/** One aligned passage: [start, end) in the article, [sourceStart, sourceEnd) in the source. */
export interface Passage {
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
}

export interface Evidence {
  /** Share of the article's text covered by passages aligned to its sources. */
  coverage: number;
  passages: Passage[];
  /** [source wording, article wording] pairs found inside aligned passages. */
  substitutions: [string, string][];
  /** Further scores that explain the verdict (similarities, length ratio, …). */
  scores?: Record<string, number>;
  /** Stock phrases of machine-rewritten news found in the article, when they are the evidence. */
  stylePhrases?: string[];
  /**
   * Phrases a synonym spinner would leave, when they are the evidence: the article's wording, where it
   * is, and the usual wording other reports of the story have.
   */
  spinPhrases?: { wording: string; usual: string; start: number; end: number }[];
}

export interface ArticleVerdict {
  id: string;
  story: string;
  relation: Relation;
  source: string | null;
  sources: string[];
  confidence: number;
  signals: string[];
  evidence: Evidence;
  /** ISO 639-3 code of the article's language, when its text is long enough to tell. */
  language?: string;
}

export interface StorySummary {
  id: string;
  title: string;
  articles: string[];
  original: string | null;
  /** Beside the contract, in reports: a few sentences most versions support, each with the ids that do. */
  brief?: BriefSentence[];
  /** Beside the contract: quotations, figures and dates that versions give differently. */
  discrepancies?: Discrepancy[];
  /** Beside the contract: sentences with specifics (or long ones) that no other version echoes. */
  uniqueClaims?: UniqueClaim[];
  /**
   * Beside the contract: the story's original says it carries another's story (an agency dateline, a
   * credit line), so the true original is not in the corpus; `closest` is the copy named original.
   */
  originalAbsent?: { closest: string; credits: string };
}

export interface Report {
  version: typeof CONTRACT_VERSION;
  articles: ArticleVerdict[];
  stories: StorySummary[];
}
