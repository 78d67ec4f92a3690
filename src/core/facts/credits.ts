/** News agencies whose copy other outlets carry, as they credit them. */
const AGENCIES =
  'Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|PA Media|Press Association|dpa|Xinhua|UPI|ANSA|EFE|Kyodo|Yonhap|AAP|APP|PTI|IANS|TASS';
/** "LONDON (Reuters) -", "(AP) —": a dateline crediting an agency. */
const DATELINE = new RegExp(`\\((${AGENCIES})\\)\\s*[-—–]`);
/** "Originally published by …", "Source: …", "This story first appeared in …", "Reporting by …". */
const CREDIT_LINE =
  /\b(?:[Oo]riginally (?:published|appeared) (?:in|on|by|at)|[Ff]irst (?:published|appeared) (?:in|on|by|at)|[Ss]ource:|[Cc]ourtesy of|[Rr]epublished (?:from|with permission (?:of|from)))\s+((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})/;
const AGENCY_BYLINE = new RegExp(`\\b(?:[Bb]y|[Vv]ia|[Ff]rom)\\s+(${AGENCIES})\\b`);

/**
 * The outlet or agency a text says it was first published by: an agency dateline ("(Reuters) -"), a
 * credit line ("Originally published by The Guardian", "Source: AFP"), or an agency byline ("via AP").
 * A page carrying another's story is not the story's original, however early it is in the corpus.
 */
export function creditedSource(text: string): string | undefined {
  return (
    DATELINE.exec(text)?.[1] ?? CREDIT_LINE.exec(text)?.[1]?.replace(/[.,;:]+$/, '') ?? AGENCY_BYLINE.exec(text)?.[1]
  );
}
