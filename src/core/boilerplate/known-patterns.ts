import { NON_ASCII } from './lines.js';

/**
 * Lines that are page furniture rather than article text, whatever the site. Every pattern is anchored
 * to the whole line, and open-ended ones need a separator (':', '|', '»', …) or a telltale word, so an
 * article sentence that merely contains "read more" or starts with "Recommended" is not caught.
 */
const MONTH_OR_DAY = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b\\.?';
const SEPARATOR = '\\s*[:|»>→–—-]';
const SOCIAL =
  '(?:facebook|twitter|x|instagram|tiktok|linkedin|threads|bluesky|youtube|mastodon|whatsapp|telegram|reddit|pinterest|flipboard|google news)';
const AGENCY = '(?:ap|afp|epa|pa|aap|ansa|dpa|reuters|getty(?: images)?|bloomberg|xinhua|anadolu|sipa|shutterstock)';

const KNOWN_BOILERPLATE: readonly RegExp[] = [
  // Links back to the source, and teasers for more
  /^(?:source|via|h\/t|original (?:article|post|story))(?: link)?(?:\s*:\s*.{0,120}|\s+https?:\/\/\S+)?$/i,
  new RegExp(`^(?:read|see|view) more(?:(?:${SEPARATOR}|\\s+(?:at|on|from|here|about|in)\\b|\\s*…).{0,150})?$`, 'i'),
  /^(?:read|see|view|watch) (?:the )?(?:full|original|complete|whole|rest of the) (?:story|article|report|post|interview|text)\b.{0,150}$/i,
  /^(?:continue|keep) reading\b.{0,150}$/i,
  new RegExp(
    "^(?:also read|read also|read next|must read|recommended(?: reading| for you)?|related(?: articles?| stories| story| content| coverage| reading| news| posts?| links| topics)?|see also|more on this(?: story| topic)?|more from(?: [^\\s.!?]+){1,4}|more stories|you (?:may|might) also (?:like|be interested in)|most (?:read|popular|viewed)|trending(?: now)?|top stories|latest news|editor'?s picks)" +
      `(?:${SEPARATOR}.{0,150})?[.:]?$`,
    'i',
  ),
  // Live coverage notes
  /^(?:this is a )?(?:developing|breaking)(?: news)? story(?:\s*[-–—,;:]?\s*(?:and )?(?:it )?(?:will|may) be updated\b[^.!?]{0,60})?\s*(?:\.{1,3}|…|!)?$/i,
  /^this (?:story|article|post|page) (?:is developing|will be updated|has been updated|is being updated)(?:\s+(?:and (?:will|may) be updated|with (?:new|more|the latest) (?:details|information)|as (?:more )?(?:details|information) (?:becomes?|are) available|to (?:include|reflect|add|correct)\b[^.!?]{0,80}))?\s*(?:\.{1,3}|…|!)?$/i,
  /^(?:check back|refresh(?: this page)?) (?:later |soon )?for (?:more |the latest )?updates\b.{0,80}$/i,
  // Apps, clicks, comments, sharing
  /^(?:click|tap) here\b.{0,150}$/i,
  /^(?:link )?copied(?: to (?:the |your )?clipboard)?[.!]?$/i,
  /^(?:download|get|install) (?:the|our) .{0,60}\bapps?\b.{0,80}$/i,
  /^(?:no comments|\d+ comments?|comments?|leave a (?:comment|reply)|post a comment|add a comment|view comments|show comments|join the (?:conversation|discussion))\s*[:.!]?(?:\s*(?:post a comment|\(\d+\)))?$/i,
  new RegExp(
    `^(?:(?:share|tweet|email|e-mail|print|save|pin|copy link|share this|share (?:this|the) (?:article|story|page|post|video)|share (?:on|via) ${SOCIAL}|${SOCIAL})[\\s|,·•/]*)+[:.!]?$`,
    'i',
  ),
  // Advertising
  /^(?:advertisement|advertising|ad|ads|sponsored(?: content| post)?|paid (?:content|post|partnership)|promoted(?: content)?|partner content|story continues below(?: advertisement)?|article continues below(?: this ad(?:vertisement)?)?|continue reading (?:the )?(?:main story|below)|scroll to continue(?: with content)?|advertisement\s*[-–—:]?\s*(?:scroll to continue(?: with content)?|continue reading (?:the )?main story)|scroll down for (?:the )?video)\s*[.:]?$/i,
  // Newsletters, subscriptions, paywalls
  /^(?:sign up|subscribe)(?: (?:now|today|here|free))?(?: (?:to|for) .{0,150})?[.!:]?$/i,
  /^(?:get|receive) (?:our|the) .{0,60}newsletters?\b.{0,100}$/i,
  /^newsletters?(?: sign[- ]?up)?\s*[:.]?$/i,
  /\b(?:in|to) (?:this|our) (?:(?:weekly|daily|free|morning|evening) )*newsletters?[.!]?$/i,
  /^enter your e-?mail(?: address)?\b.{0,100}$/i,
  /^unlock (?:the )?editor'?s'? digest\b.{0,80}$/i,
  /^(?:already a subscriber|subscribe to (?:read|continue)|this (?:article|content) is for subscribers)\b.{0,120}$/i,
  // Photo credits and captions
  new RegExp(`\\(\\s*${AGENCY}(?: photo| images?)?\\s*/[^)]{1,100}\\)\\.?$`, 'i'),
  /\((?:photo(?:graph)?|image|picture|credit|file photo)s?(?: by|:)\s*[^)]{1,100}\)\.?$/i,
  /^(?:photo(?:graph)?s?|image|picture|pic|credit|illustration|main image|top image|header image|file photo|video)(?: credit)?\s*:\s*.{1,150}$/i,
  /^(?:image|media|photo|video) (?:copyright|caption|source)\b.{0,200}$/i,
  new RegExp(`^[^.!?]{1,80}/\\s*${AGENCY}(?: via getty images)?\\.?$`, 'i'),
  /^(?:getty images|shutterstock|alamy|istock(?:photo)?)$/i,
  /^photo(?:graph)? by [^.!?]{1,80}$/i,
  // Social follows
  new RegExp(`^(?:follow (?:us|me|@?[\\w.]+(?: [\\w.]+){0,3})|(?:like|find|join) us) on ${SOCIAL}\\b.{0,100}$`, 'i'),
  /^(?:join|follow) (?:our|the) .{0,40}(?:whatsapp|telegram) (?:channel|group)\b.{0,80}$/i,
  // Cookies and consent
  /^(?:we|this (?:web)?site|our (?:web)?site|this website) uses? cookies\b.{0,400}$/i,
  /^by (?:continuing|using)\b.{0,150}\bcookies\b.{0,250}$/i,
  /^(?:accept|reject|manage|allow)(?: all)?(?: cookies)?$|^cookie (?:policy|settings|preferences|notice|consent)$/i,
  // Copyright and rights
  /^(?:©|\(c\)\s|copyright\s*(?:©|\(c\))?\s*\d{4}).{0,200}$/i,
  /^.{0,150}\ball rights reserved\.?$/i,
  // Bylines, agency footers, time stamps, reading time
  /^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}(?:\s*(?:,|\||and|&)\s*[^.!?]{0,80})?$/u,
  /^(?:additional )?(?:reporting|writing|editing|compiled|produced) by [^.!?]{1,150}$/i,
  new RegExp(
    `^(?:last )?(?:updated|published|posted|modified)(?: on| at)?\\s*[:\\-–]?\\s*(?:\\d|${MONTH_OR_DAY})[^.!?]{0,60}$`,
    'i',
  ),
  /^\d+ (?:min(?:ute)?s?|hours?|days?) ago$|^\d+\s*min(?:ute)?s? read$/i,
  /^(?:listen to this (?:article|story)|listen)(?:\s*[:\-–]?\s*\d+.{0,20})?$/i,
  // Navigation, labels and scripts
  /^(?:skip to (?:main )?content|skip navigation|menu|home|search|log ?in|sign ?in|log ?out|my account|back to top|next|previous|close|open menu|toggle navigation|contact us|about us|privacy policy|terms (?:of (?:use|service)|and conditions)|loading\.*|please enable javascript.{0,100}|javascript is disabled.{0,100})$/i,
  /^(?:breaking(?: news)?|live|exclusive|watch|video|gallery|photos?|in pictures)\s*[:!]?$/i,
  /^(?:tags|topics|filed under|categories|category|keywords)\s*:.{0,200}$/i,
];

/** More words than this and a line is article prose, even when a pattern's open tail could take it. */
const MAX_WORDS = 80;

/**
 * The patterns anchored at the line's start merged into one alternation per set of flags, tried at the
 * start only; the few others as they are. A line meets a handful of regular expressions, not dozens.
 */
const MERGED: readonly RegExp[] = [
  ...[...new Set(KNOWN_BOILERPLATE.map((p) => p.flags))].map((flags) => {
    const anchored = KNOWN_BOILERPLATE.filter((p) => p.flags === flags && p.source.startsWith('^'));
    return new RegExp(`^(?:${anchored.map((p) => `(?:${p.source})`).join('|')})`, flags);
  }),
  ...KNOWN_BOILERPLATE.filter((p) => !p.source.startsWith('^')),
];

function cleaned(line: string): string {
  const folded = NON_ASCII.test(line)
    ? line
        .normalize('NFKC')
        .replace(/[‘’‛`´]/g, "'")
        .replace(/[“”„‟]/g, '"')
        .replace(/\s+/gu, ' ')
    : line.replace(/`/g, "'").replace(/\s+/g, ' ');
  return folded.trim().replace(/^[•·*#>|–—-]+\s*/u, '');
}

function moreWordsThan(text: string, most: number): boolean {
  let words = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) if (++words > most) return true;
  return false;
}

/** Whether a line is known page furniture ("Advertisement", "Read more at …", "(AP Photo/…)", "© 2024 …"). */
export function isKnownBoilerplate(line: string): boolean {
  const text = cleaned(line);
  if (text === '' || moreWordsThan(text, MAX_WORDS)) return false;
  return MERGED.some((pattern) => pattern.test(text));
}
