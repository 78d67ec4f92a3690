/** Relation colours, shared by badges, tree nodes and the summary. */
const RELATION_COLOURS: Readonly<Record<string, string>> = {
  original: '#1d4ed8',
  independent: '#0f766e',
  verbatim: '#b91c1c',
  near_verbatim: '#c2410c',
  spun: '#a21caf',
  paraphrase: '#6d28d9',
  summary: '#15803d',
  aggregate: '#a16207',
  unknown: '#52525b',
};

const relationRules = Object.entries(RELATION_COLOURS)
  .map(([relation, colour]) => `.rel-${relation}{--rel:${colour}}`)
  .join('\n');

export const STYLESHEET = `
:root{color-scheme:light;--ink:#1f2328;--muted:#656d76;--line:#d0d7de;--paper:#fff;--wash:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--wash)}
header,main{max-width:1200px;margin:0 auto;padding:1.25rem 1.5rem}
header{padding-top:2rem}
h1{font-size:1.6rem;margin:0 0 .25rem}
h2{font-size:1.3rem;margin:0 0 .25rem}
h3{font-size:1rem;margin:1.25rem 0 .5rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
h4{font-size:.9rem;margin:0 0 .5rem;color:var(--muted)}
.muted{color:var(--muted)}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:1rem 0 0}
.counts li{background:var(--paper);border:1px solid var(--line);border-left:4px solid var(--rel);border-radius:6px;padding:.35rem .75rem}
.counts li.zero{opacity:.45}
.counts b{font-size:1.1rem;margin-left:.35rem}
.story{background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:1.25rem 1.5rem;margin:0 0 1.5rem}
.badge{display:inline-block;font-size:.75rem;font-weight:600;color:#fff;background:var(--rel);border-radius:999px;padding:.05rem .55rem;vertical-align:.1em}
.tree,.tree ul{list-style:none;margin:0;padding-left:1.4rem}
.tree{padding-left:0}
.tree li{position:relative;margin:.2rem 0}
.tree ul li::before{content:"";position:absolute;left:-1rem;top:.8rem;width:.7rem;border-top:1px solid var(--line)}
.tree ul{border-left:1px solid var(--line);margin-left:.4rem}
.tree a,.independents a{color:inherit;text-decoration:none;font-weight:600}
.tree a:hover,.independents a:hover{text-decoration:underline}
.independents{list-style:none;padding:0;margin:0}
details.article{border:1px solid var(--line);border-left:4px solid var(--rel);border-radius:6px;margin:.6rem 0;background:var(--paper)}
details.article>summary{cursor:pointer;padding:.5rem .75rem}
details.article[open]>summary{border-bottom:1px solid var(--line)}
.body{padding:.75rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0 0 .75rem;font-size:.9rem}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0;overflow-wrap:anywhere}
.subs{display:flex;flex-wrap:wrap;gap:.35rem;list-style:none;padding:0;margin:0 0 .75rem;font-size:.85rem}
.subs li{background:var(--wash);border-radius:4px;padding:.05rem .4rem}
.sbs{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
@media (max-width:800px){.sbs{grid-template-columns:1fr}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;font-size:.95rem;line-height:1.6;background:var(--wash);border-radius:6px;padding:.75rem;max-height:32rem;overflow:auto}
mark.aligned{background:#fff3bf;border-radius:2px}
.pn{font:600 .65rem system-ui,sans-serif;color:#fff;background:#8c6d00;border-radius:3px;padding:0 .25rem;margin-right:.15rem;vertical-align:.25em}
del.changed{background:#ffd7d5;color:#82071e;text-decoration:line-through}
ins.changed{background:#ccf5d3;color:#055d20;text-decoration:none;font-weight:600}
.legend{font-size:.8rem;color:var(--muted);margin:.25rem 0 .75rem}
${relationRules}
`;
