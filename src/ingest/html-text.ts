import { CDATA_SECTION_NODE, type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.js';

/** Elements that start a new paragraph. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Elements whose content is never article text: code, styling, embedded documents, form controls. */
export const NON_TEXT_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'audio',
  'base',
  'button',
  'canvas',
  'embed',
  'frame',
  'frameset',
  'head',
  'iframe',
  'input',
  'link',
  'map',
  'math',
  'meta',
  'noscript',
  'object',
  'option',
  'script',
  'select',
  'source',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'track',
  'video',
]);

const END_OF_BLOCK = Symbol('end of block');

function localNameOf(element: DomElement): string {
  const name = element.localName.toLowerCase();
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/**
 * Plain text of an element: paragraphs (block elements) separated by a blank line, `<br>` as a line
 * break, whitespace collapsed inside lines. Walks with an explicit stack, so hostile nesting depth
 * cannot overflow the call stack.
 */
export function elementText(root: DomElement, skipped: ReadonlySet<string> = NON_TEXT_ELEMENTS): string {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let line = '';
  const endLine = (): void => {
    const collapsed = line.replace(/\s+/g, ' ').trim();
    if (collapsed) lines.push(collapsed);
    line = '';
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    lines = [];
  };

  const stack: Array<DomNode | typeof END_OF_BLOCK> = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === END_OF_BLOCK) {
      endParagraph();
      continue;
    }
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      line += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as DomElement;
    const name = localNameOf(element);
    if (skipped.has(name) || element.hasAttribute('hidden')) continue;
    if (name === 'br') {
      endLine();
      continue;
    }
    if (BLOCK_ELEMENTS.has(name)) {
      endParagraph();
      stack.push(END_OF_BLOCK);
    }
    const children = element.childNodes;
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child !== undefined) stack.push(child);
    }
  }
  endParagraph();
  return paragraphs.join('\n\n');
}
