import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from './language.js';

test('the language of a text, or none for a text too short to tell', () => {
  const cases: [string, string, string | undefined][] = [
    [
      'English',
      'The council voted on Tuesday to close the old ferry pier after engineers found cracks in two of its supports.',
      'eng',
    ],
    [
      'Spanish',
      'El ayuntamiento votó el martes cerrar el viejo muelle del transbordador después de que los ingenieros encontraran grietas en dos de sus soportes.',
      'spa',
    ],
    [
      'German',
      'Der Stadtrat hat am Dienstag beschlossen, den alten Fähranleger zu schließen, nachdem Ingenieure Risse in zwei seiner Stützen gefunden hatten.',
      'deu',
    ],
    ['too short', 'Pier closed.', undefined],
    [
      'a table of figures',
      'Quarter results. Shr 12 cts vs 9 cts\nNet 1,204,000 vs 880,000\nRevs 40.1 mln vs 35.2 mln\nAvg shrs 2.1 mln vs ' +
        '1.9 mln\nNine months\nShr 31 cts vs 28 cts\nNet 3,100,000 vs 2,700,000\nRevs 120.3 mln vs 101.6 mln',
      undefined,
    ],
    ['a short sentence in Spanish', 'No a la guerra, dijo el presidente a los periodistas en Madrid.', undefined],
    ['empty', '', undefined],
  ];
  for (const [name, text, expected] of cases) assert.equal(detectLanguage(text), expected, name);
});
