export { factLines } from './facts.js';
export { renderHtml } from './html.js';
export { renderJson } from './json.js';
export { type Segment, type SideBySide, sideBySide } from './side-by-side.js';
export { renderText } from './text.js';
