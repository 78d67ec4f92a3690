import { startsWithCalendarWord } from './calendar.js';

/** News agencies whose copy other outlets carry, as they credit them. */
const AGENCIES =
  'Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|PA Media|Press Association|dpa|Xinhua|UPI|ANSA|EFE|Kyodo|Yonhap|AAP|APP|PTI|IANS|TASS';
/** A capitalised word of a name: a dot or an apostrophe only inside it ("ABC30.com", "O'Brien"), no possessive. */
const NAME_WORD = String.raw`[A-Z](?:[\w&-]|\.(?=\w)|['’](?!s\b)(?=\w))*`;
/** An outlet's name on one line, up to four capitalised words ("The Washington Post", "Reuters"). */
const OUTLET_NAME = String.raw`((?:[Tt]he[ \t]+)?${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,3})`;
/** "LONDON (Reuters) -", "(AP) —": a dateline crediting an agency. */
const DATELINE = new RegExp(`\\((${AGENCIES})\\)\\s*[-—–]`);
/** "Originally published by …", "Source: …", "This story first appeared in …". */
const CREDIT_LINE = new RegExp(
  String.raw`\b(?:[Oo]riginally (?:published|appeared) (?:in|on|by|at)|[Ff]irst (?:published|appeared) (?:in|on|by|at)|[Ss]ource:|[Rr]epublished (?:from|with permission (?:of|from)))[ \t]+${OUTLET_NAME}`,
);
/** "By Associated Press", "Via AFP" opening a line: an agency byline ("reported by Reuters" is a citation). */
const AGENCY_BYLINE = new RegExp(`(?:^|\\n)[ \\t]*(?:[Bb]y|[Vv]ia|[Ff]rom)[ \\t]+(${AGENCIES})\\b`);

/** What a text says of where its story comes from. */
export interface Attribution {
  /** The agency whose dateline the text carries ("LONDON (Reuters) -"): the agency's copy as it filed it. */
  dateline?: string;
  /** The outlet the text says it was first published by (`creditedSource`). */
  carries?: string;
  /** Outlets it credits for what it reports (`citedOutlets`). */
  cites?: string[];
}

/** The text's dateline, credit and citations; undefined when it has none. */
export function attribution(text: string): Attribution | undefined {
  const dateline = DATELINE.exec(text)?.[1];
  const carries = dateline ?? creditLineOrByline(text);
  const cites = citedOutlets(text);
  if (dateline === undefined && carries === undefined && cites.length === 0) return undefined;
  return {
    ...(dateline === undefined ? {} : { dateline }),
    ...(carries === undefined ? {} : { carries }),
    ...(cites.length === 0 ? {} : { cites }),
  };
}

/**
 * The outlet or agency a text says it was first published by: an agency dateline ("(Reuters) -"), a
 * credit line ("Originally published by The Guardian", "Source: AFP"), or an agency byline ("via AP").
 * A page carrying another's story is not the story's original, however early it is in the corpus.
 */
export function creditedSource(text: string): string | undefined {
  return DATELINE.exec(text)?.[1] ?? creditLineOrByline(text);
}

function creditLineOrByline(text: string): string | undefined {
  const line = CREDIT_LINE.exec(text)?.[1]?.replace(/[.,;:]+$/, '');
  // "First published on March 3" dates the page; it credits nobody.
  const credit = line !== undefined && !startsWithCalendarWord(line) ? line : undefined;
  return credit ?? AGENCY_BYLINE.exec(text)?.[1];
}

/** "according to Reuters", "as first reported by The Washington Post", "citing Bloomberg". */
const CITED_BEFORE = new RegExp(
  String.raw`\b(?:[Aa]ccording to|(?:[Ff]irst |[Aa]s |[Oo]riginally )?reported by|[Cc]iting|[Aa]s per)[ \t]+${OUTLET_NAME}`,
  'g',
);
/** "Reuters reports", "The Washington Post reported", "Axios first reported". */
const CITED_AFTER = new RegExp(
  String.raw`${OUTLET_NAME}[ \t]+(?:first[ \t]+)?(?:reports|reported|has reported|had reported|points out|pointed out)\b`,
  'g',
);

/**
 * The outlets a text credits for what it reports ("according to Reuters", "The Washington Post
 * reported"): the reports it builds on. Names a text merely mentions, or people it quotes, are not
 * told apart here; whoever reads the names matches them against outlets it knows.
 */
export function citedOutlets(text: string): string[] {
  const cited = new Set<string>();
  for (const pattern of [CITED_BEFORE, CITED_AFTER]) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1];
      if (name !== undefined && !/^the$/i.test(name) && !startsWithCalendarWord(name)) cited.add(name);
    }
  }
  return [...cited];
}

/** Agencies' short names, as their long ones. */
const ALIASES: Record<string, string> = {
  ap: 'associatedpress',
  afp: 'agencefrancepresse',
  pa: 'pressassociation',
  pamedia: 'pressassociation',
};

/** Whether a credit names the outlet itself ("Reuters" on reuters.com, "AP" on The Associated Press). */
export function creditsItself(credits: string, outlet: string | undefined): boolean {
  if (outlet === undefined) return false;
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== '' && w !== 'the');
  const name = words(credits).join('');
  const canonical = ALIASES[name] ?? name;
  const own = words(outlet);
  const joined = own.join('');
  // A whole word of the outlet ("reuters" in reuters.com) or its whole name; never part of a word.
  return own.includes(name) || (ALIASES[joined] ?? joined) === canonical || joined.startsWith(canonical);
}
