export { factLines } from './facts.js';
export { renderHtml } from './html.js';
export { renderJson } from './json.js';
export { renderText } from './text.js';
