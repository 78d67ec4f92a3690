import assert from 'node:assert/strict';
import { it } from 'node:test';
import { openSqliteStore } from '../store/index.js';
import { Engine } from './engine.js';
import { ingested, pick, verdictOf } from './testing/fixtures.js';

/** The demo's flood-defence story told in Spanish: its names and figures, none of its sentences. */
const SPANISH = {
  id: 'es',
  title: 'Aprobado un plan de 38 millones de euros contra las inundaciones en el valle de Eastholm',
  text:
    'LINWICK — El gobierno ha aprobado un plan de defensa contra las inundaciones de 38 millones de euros ' +
    'para el valle de Eastholm, con nuevos diques de tierra a lo largo del río Maun y un embalse aguas ' +
    'arriba de Linwick.\n\nEl proyecto, preparado después de las inundaciones de 2007, protegerá unas 2.400 ' +
    'viviendas y comercios, según la agencia regional de medio ambiente. Las obras empezarán el año que viene ' +
    'y durarán cerca de tres años, explicaron los responsables del proyecto a los vecinos en una reunión.',
};

it('an article in another language is an independent report of its story, never a copy, and says its language', async () => {
  const engine = await Engine.open(await openSqliteStore(':memory:'));
  await engine.add(ingested([...pick(['a01']), SPANISH]), { replace: false });
  const report = await engine.report();
  const spanish = verdictOf(report, 'es');
  const english = verdictOf(report, 'a01');
  assert.equal(spanish.language, 'spa');
  assert.equal(english.language, 'eng');
  assert.equal(spanish.relation, 'independent');
  assert.equal(spanish.source, null);
  assert.equal(english.source, null);
});
