const NAME = '[A-Za-z_][\\w.:-]*';
const START_TAG = new RegExp(`<(${NAME})(?:\\s+[^\\s=/>]+(?:\\s*=\\s*(?:"[^"]*"|'[^']*'))?)*\\s*(/?)>`, 'y');
const END_TAG = new RegExp(`</(${NAME})\\s*>`, 'y');

/** Skips a prolog construct at `from` (declaration, comment, CDATA, doctype); returns the index after it. */
function skipMarkup(xml: string, from: number): number | undefined {
  const closers: Array<[string, string]> = [
    ['<?', '?>'],
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
  ];
  for (const [opener, closer] of closers) {
    if (!xml.startsWith(opener, from)) continue;
    const end = xml.indexOf(closer, from + opener.length);
    return end === -1 ? -1 : end + closer.length;
  }
  if (!xml.startsWith('<!', from)) return undefined;
  const bracket = xml.indexOf('[', from);
  const close = xml.indexOf('>', from);
  if (bracket !== -1 && bracket < close) {
    const end = xml.indexOf(']>', bracket);
    return end === -1 ? -1 : end + 2;
  }
  return close === -1 ? -1 : close + 1;
}

/**
 * Why `xml` is not well-formed (unbalanced or broken tags), or undefined when it is. linkedom's XML
 * parser repairs anything silently, so truncated or mangled feeds would otherwise pass as valid.
 * Checks structure only: entities and attribute details are left to the parser.
 */
export function xmlSyntaxError(xml: string): string | undefined {
  const open: string[] = [];
  let roots = 0;
  for (let at = xml.indexOf('<'); at !== -1; ) {
    let next = skipMarkup(xml, at);
    if (next === -1) return `unterminated markup at character ${at}`;
    if (next === undefined) {
      END_TAG.lastIndex = at;
      START_TAG.lastIndex = at;
      const end = END_TAG.exec(xml);
      const start = end ? null : START_TAG.exec(xml);
      if (end?.[1] !== undefined) {
        const expected = open.pop();
        if (expected !== end[1]) return `</${end[1]}> closes ${expected === undefined ? 'nothing' : `<${expected}>`}`;
        next = END_TAG.lastIndex;
      } else if (start?.[1] !== undefined) {
        if (open.length === 0) roots++;
        if (start[2] !== '/') open.push(start[1]);
        next = START_TAG.lastIndex;
      } else {
        return `broken tag at character ${at}`;
      }
    }
    at = xml.indexOf('<', next);
  }
  if (open.length > 0) return `<${open[open.length - 1]}> is never closed`;
  if (roots !== 1) return roots === 0 ? 'no root element' : 'more than one root element';
  return undefined;
}

const ROOT_TAG = new RegExp(`<(${NAME})`, 'y');

/** Name of the root element, looking past the XML declaration, comments and doctype; undefined if none. */
export function rootElementName(xml: string): string | undefined {
  const nonSpace = /\S/g;
  nonSpace.lastIndex = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let found = nonSpace.exec(xml); found !== null; found = nonSpace.exec(xml)) {
    const next = skipMarkup(xml, found.index);
    if (next === -1) return undefined;
    if (next === undefined) {
      ROOT_TAG.lastIndex = found.index;
      return ROOT_TAG.exec(xml)?.[1];
    }
    nonSpace.lastIndex = next;
  }
  return undefined;
}
