import { DOMParser, parseHTML } from 'linkedom';

/**
 * The few DOM members ingest uses. The project compiles without the DOM lib, and linkedom's own types
 * lean on it, so this is the one place that says what a linkedom node looks like.
 */
export interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  localName: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/** linkedom builds no <html>/<body> around a fragment (and then has no body), so add them where missing. */
function asWholeDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  if (/<(head|body)[\s>]/i.test(html)) return `<html>${html}</html>`;
  return `<html><head></head><body>${html}</body></html>`;
}

export function parseHtmlDocument(html: string): DomDocument {
  return parseHTML(asWholeDocument(html)).document as unknown as DomDocument;
}

export function parseXmlDocument(xml: string): DomDocument {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as DomDocument;
}

/** Element names are lower case in HTML but keep their case (and prefix) in XML. */
export function nameOf(element: DomElement): string {
  return element.localName.toLowerCase();
}

export function attribute(element: DomElement | null | undefined, name: string): string | undefined {
  const value = element?.getAttribute(name)?.trim();
  return value ? value : undefined;
}

/** True when elements under `root` nest deeper than `maxDepth` or number more than `maxElements`. */
export function shapeExceeds(root: DomElement, maxDepth: number, maxElements: number): boolean {
  const stack: Array<[DomElement, number]> = [[root, 0]];
  let elements = 0;
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [element, depth] = entry;
    if (depth > maxDepth || ++elements > maxElements) return true;
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
  return false;
}
