/**
 * Lines that are page furniture rather than article: links to the source or the app, comment widgets,
 * photo credits, share and newsletter prompts. Anchored to the whole line, so prose that merely
 * mentions "read more" or a photo is never caught.
 */
const KNOWN: RegExp[] = [
  /^source\s*link\.?$/i,
  /^(source|via|credit|image|photo|picture|video)\s*:.{0,80}$/i,
  /^click here to (get|download|read|see|subscribe|sign up|watch).{0,80}$/i,
  /^no comments:?\s*(post a comment)?\.?$/i,
  /^post a comment\.?$/i,
  /^read (more|the full (story|article)|full (story|article))( at| on| here)?\b.{0,80}$/i,
  /^(continue reading|more from .{1,40}|see also:?.{0,60}|related( articles| stories)?:?.{0,60})$/i,
  /^share (this|on)\b.{0,60}$/i,
  /^(advertisement|sponsored( content)?|ad)$/i,
  /^sign up (for|to) .{0,80}newsletter.{0,40}$/i,
  /^(subscribe|follow us) (to|on|for)\b.{0,80}$/i,
  /^unlock the editor['’]s digest( for free)?$/i,
  /^\(?(ap|afp|reuters|getty images|epa|shutterstock)( photo)?[/ ].{0,80}\)?$/i,
  /^.{0,80}\((ap|afp|reuters) photo\/[^)]{1,60}\)$/i,
  /^image copyright .{0,80}$/i,
  /^(©|copyright ©?)\s*\d{4}\b.{0,100}$/i,
  /^we use cookies\b.{0,160}$/i,
  /^(all rights reserved|terms of (use|service)|privacy policy)\.?$/i,
];

export function isKnownBoilerplate(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && KNOWN.some((pattern) => pattern.test(trimmed));
}
