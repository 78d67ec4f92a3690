import { startsWithCalendarWord } from './calendar.js';

/** News agencies whose copy other outlets carry, as they credit them. */
const AGENCIES =
  'Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|PA Media|Press Association|dpa|Xinhua|UPI|ANSA|EFE|Kyodo|Yonhap|AAP|APP|PTI|IANS|TASS';
/** "LONDON (Reuters) -", "(AP) —": a dateline crediting an agency. */
const DATELINE = new RegExp(`\\((${AGENCIES})\\)\\s*[-—–]`);
/** "Originally published by …", "Source: …", "This story first appeared in …". */
const CREDIT_LINE =
  /\b(?:[Oo]riginally (?:published|appeared) (?:in|on|by|at)|[Ff]irst (?:published|appeared) (?:in|on|by|at)|[Ss]ource:|[Rr]epublished (?:from|with permission (?:of|from)))\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})/;
const AGENCY_BYLINE = new RegExp(`\\b(?:[Bb]y|[Vv]ia|[Ff]rom)\\s+(${AGENCIES})\\b`);

/**
 * The outlet or agency a text says it was first published by: an agency dateline ("(Reuters) -"), a
 * credit line ("Originally published by The Guardian", "Source: AFP"), or an agency byline ("via AP").
 * A page carrying another's story is not the story's original, however early it is in the corpus.
 */
export function creditedSource(text: string): string | undefined {
  const line = CREDIT_LINE.exec(text)?.[1]?.replace(/[.,;:]+$/, '');
  // "First published on March 3" dates the page; it credits nobody.
  const credit = line !== undefined && !startsWithCalendarWord(line) ? line : undefined;
  return DATELINE.exec(text)?.[1] ?? credit ?? AGENCY_BYLINE.exec(text)?.[1];
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
