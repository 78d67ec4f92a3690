const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const keepControl = (c: string) => c === '\n' || c === '\t' || c === '\r';

/** Text made inert for HTML element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  // Control characters other than tabs and line breaks are not allowed in HTML text: shown as U+FFFD.
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c).replace(/\p{Cc}/gu, (c) => (keepControl(c) ? c : '\ufffd'));
}
