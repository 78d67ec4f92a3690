/** A passage of an article: where it is (character offsets into its text) and what it says. */
export interface Mention {
  text: string;
  start: number;
  end: number;
}

/** A quotation, with the person it is attributed to when the sentence names one. */
export interface Quote extends Mention {
  speaker?: string;
}

/** A number with what it counts: "1,200 homes", "38 million euro", "8%". */
export interface Figure extends Mention {
  value: number;
  /** What is counted, singular and lower-cased ("home", "euro", "%"); '' for a bare number. */
  unit: string;
}

/** A day, month or year named in the text ("March 24", "2007", "Friday"), with a comparable key. */
export interface DateMention extends Mention {
  key: string;
}

/** What an article says that versions of its story can disagree on. */
export interface ArticleFacts {
  quotes: Quote[];
  figures: Figure[];
  dates: DateMention[];
}

/** The names an article mentions, by kind. */
export interface Names {
  people: string[];
  places: string[];
  organisations: string[];
}

/** What one article says: the names it mentions, its quotations with speakers, figures and dates. */
export type ArticleSays = ArticleFacts & Names;

/** One version of a story, as comparing what versions say reads it. */
export interface Version {
  id: string;
  text: string;
  /** A copy (verbatim, near-verbatim) repeats its source: it supports what the source says, no more. */
  copyOf?: string;
}

/** A sentence that most versions support, with the ids of those that do. */
export interface BriefSentence {
  text: string;
  /** The version it is quoted from. */
  from: string;
  supportedBy: string[];
}

/** Two versions saying one thing differently. */
export interface Discrepancy {
  kind: 'quote' | 'figure' | 'date';
  /** What each side says, with the article that says it: the first is the earlier or the source. */
  versions: { article: string; text: string; start: number; end: number }[];
  /** Words removed and added, from the first version to the second. */
  changes?: { removed: string; added: string }[];
}

/** A sentence only one version has: a claim no other version makes. */
export interface UniqueClaim {
  article: string;
  text: string;
  start: number;
  end: number;
}

export interface StoryInsight {
  brief: BriefSentence[];
  discrepancies: Discrepancy[];
  uniqueClaims: UniqueClaim[];
}
