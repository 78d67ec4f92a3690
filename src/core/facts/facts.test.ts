import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  attribution,
  citedOutlets,
  creditedSource,
  creditsItself,
  dateMentions,
  figures,
  names,
  quotations,
  storyInsight,
} from './index.js';

describe('figures', () => {
  const cases: [string, string, [string, number, string][]][] = [
    ['a count of things', 'About 1,200 people were evacuated.', [['1,200 people', 1200, 'people']]],
    ['plurals made singular', 'Firefighters carried out 86 rescues.', [['86 rescues', 86, 'rescue']]],
    ['an amount with a magnitude and currency', 'a $4.5 billion deal', [['$4.5 billion', 4.5e9, 'dollar']]],
    ['euro after the number', 'a 38 million euro scheme', [['38 million euro', 38e6, 'euro']]],
    [
      'a share',
      'shares fell 8.2 percent and 3% later',
      [
        ['8.2 percent', 8.2, '%'],
        ['3%', 3, '%'],
      ],
    ],
    [
      'a bare number keeps no unit',
      'voted 6 to 3',
      [
        ['6', 6, ''],
        ['3', 3, ''],
      ],
    ],
    ['a number in a name is not a figure', 'the Helix-7 chip and the G20', []],
    ['a year is a date, not a figure', 'the floods of 2007 returned', []],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => {
      assert.deepEqual(
        figures(text).map((f) => [text.slice(f.start, f.end), f.value, f.unit]),
        want,
      );
    });
  }
});

describe('dates', () => {
  it('names days of a month either way round, weekdays and years, with comparable keys', () => {
    const text = 'From March 24, or 24 March; on Monday; since 2007.';
    assert.deepEqual(
      dateMentions(text).map((d) => [text.slice(d.start, d.end), d.key]),
      [
        ['March 24', 'day march 24'],
        ['24 March', 'day march 24'],
        ['Monday', 'weekday monday'],
        ['2007', 'year 2007'],
      ],
    );
  });
});

describe('quotations', () => {
  const cases: [string, string, string | undefined][] = [
    [
      'speaker after the quote',
      '"We have never seen it rise this fast," said Priya Sandhu, the officer.',
      'Priya Sandhu',
    ],
    ['title before the name', '"The vote ends a decade of delay," said Mayor Gareth Holm.', 'Mayor Gareth Holm'],
    ['speaker before the quote', 'Gareth Holm said: "We will ask for emergency funding today."', 'Gareth Holm'],
    [
      'curly quotes',
      '“Nobody should have to wonder whether their data is safe,” Mara Lindgren told reporters.',
      undefined,
    ],
    ['a pronoun names nobody', '"It came up through the floorboards fast," she said.', undefined],
  ];
  for (const [name, text, speaker] of cases) {
    it(name, () => {
      const [quote, ...rest] = quotations(text);
      assert.equal(rest.length, 0);
      assert.ok(quote);
      assert.equal(text.slice(quote.start, quote.end), quote.text);
      assert.equal(quote.speaker, speaker);
    });
  }

  it('skips scare quotes of fewer than four words', () => {
    assert.deepEqual(quotations('The so-called "quiet period" ended.'), []);
  });
});

describe('names', () => {
  it('finds people, places and organisations', () => {
    const found = names('Mayor Gareth Holm said the Red Cross opened a shelter in Linwick, England, on Sunday.');
    assert.ok(found.people.includes('Gareth Holm'), JSON.stringify(found));
    assert.ok(
      found.organisations.some((o) => o.includes('Red Cross')),
      JSON.stringify(found),
    );
    assert.ok(
      found.places.some((p) => p.includes('England')),
      JSON.stringify(found),
    );
  });
});

describe('storyInsight', () => {
  const original = [
    'The council voted to close the Alder Street Bridge to traffic from March 24 after a survey found corrosion.',
    'The crossing carries about 18,000 vehicles a day between the two districts.',
    '"A policy of maximum pressure must be reinstated," said Councillor Ines Marwood.',
    'Repairs are expected to cost 12 million euro.',
  ].join(' ');
  const spun = original
    .replace('A policy of maximum pressure must be reinstated', 'A coverage of most strain should be reinstated')
    .replace('18,000 vehicles', '16,000 vehicles');
  const independent = [
    'Drivers will have to find another way into the city from March 24, when the Alder Street Bridge closes to traffic after a survey found corrosion.',
    'The city engineer said the steel was the worst he had seen in 20 years of inspections across the region.',
  ].join(' ');
  const insight = storyInsight([
    { id: 'o', text: original },
    { id: 'c', text: original, copyOf: 'o' },
    { id: 's', text: spun },
    { id: 'i', text: independent },
  ]);

  it('finds the altered quote with its changed words, and the figure that disagrees', () => {
    const quote = insight.discrepancies.find((d) => d.kind === 'quote');
    assert.ok(quote, JSON.stringify(insight.discrepancies));
    assert.deepEqual(
      quote.versions.map((v) => v.article),
      ['o', 's'],
    );
    assert.deepEqual(quote.changes?.[0], { removed: 'policy', added: 'coverage' });
    const figure = insight.discrepancies.find((d) => d.kind === 'figure');
    assert.deepEqual(
      figure?.versions.map((v) => [v.article, v.text]),
      [
        ['o', '18,000 vehicles'],
        ['s', '16,000 vehicles'],
      ],
    );
    for (const d of insight.discrepancies) {
      for (const v of d.versions) {
        const text = { o: original, c: original, s: spun, i: independent }[v.article] ?? '';
        assert.equal(text.slice(v.start, v.end), v.text);
      }
    }
  });

  it('briefs with sentences most voices support, each naming its supporters; a copy adds no voice', () => {
    assert.ok(insight.brief.length > 0);
    const closure = insight.brief.find((b) => b.text.startsWith('The council voted'));
    assert.ok(closure, JSON.stringify(insight.brief));
    assert.deepEqual(closure.supportedBy, ['o', 'c', 's', 'i']);
    // Said by o (with its copy c) and by s: two voices of three.
    assert.ok(insight.brief.every((b) => b.supportedBy.length >= 2));
  });

  it('lists the claims of one version only, never those of a copy', () => {
    assert.deepEqual(
      insight.uniqueClaims.map((c) => c.article),
      ['i'],
    );
    assert.match(insight.uniqueClaims[0]?.text ?? '', /worst he had seen/);
  });

  it('has nothing to compare in a story of one version', () => {
    const alone = storyInsight([{ id: 'o', text: original }]);
    assert.deepEqual([alone.discrepancies, alone.uniqueClaims], [[], []]);
  });
});

describe('creditedSource', () => {
  const cases: [string, string, string | undefined][] = [
    ['an agency dateline', 'NEW YORK, Dec 5 (Reuters) - Shares rose on Tuesday.', 'Reuters'],
    ['a credit line', 'The vote passed.\n\nThis story was originally published by The Guardian.', 'The Guardian'],
    ['a source line', 'The vote passed.\nSource: AFP', 'AFP'],
    ['an agency byline', 'By Associated Press\nThe vote passed on Monday.', 'Associated Press'],
    ['a report that only mentions an agency', 'Reuters and AP both reported the vote on Monday.', undefined],
    ['a citation is not a byline', 'The startup filed on Tuesday, as reported by Reuters.', undefined],
    ['own reporting', 'The council voted 6-3 on Monday night to close the bridge.', undefined],
  ];
  for (const [name, text, credited] of cases) {
    it(name, () => assert.equal(creditedSource(text), credited));
  }
});

describe('citedOutlets', () => {
  const cases: [string, string, string[]][] = [
    ['"according to"', 'The startup wants $1 billion, according to Reuters.', ['Reuters']],
    ['a sentence opening with it', 'According to The Washington Post, she broke the law.', ['The Washington Post']],
    ['"first reported by"', 'The seat is open, as first reported by The Washington Post.', ['The Washington Post']],
    ['"citing"', 'Shares fell, citing Bloomberg.', ['Bloomberg']],
    [
      'the outlet before the verb',
      'The Verge reported the outage first. Axios first reported the filing.',
      ['The Verge', 'Axios'],
    ],
    [
      'a name ends at the line',
      'The deal closed, Reuters reports\nAccording to the filing, it raised $134 million.',
      ['Reuters'],
    ],
    ['a name ends at the sentence', 'It was confirmed, according to ESPN. Later that day he signed.', ['ESPN']],
    ['a date is no outlet', "The vote was held, according to Monday's filing.", []],
    ['lower-case sources are documents', 'It raised $134 million, according to a filing.', []],
    ['a bare article is no name', 'The board met, according to The\nstatement.', []],
    ['nothing cited', 'The council voted 6-3 on Monday night to close the bridge.', []],
  ];
  for (const [name, text, cited] of cases) {
    it(name, () => assert.deepEqual(citedOutlets(text), cited));
  }
});

describe('attribution', () => {
  it('reads the dateline, the credit and the citations at once', () => {
    assert.deepEqual(attribution('Dec 5 (Reuters) - xAI filed, according to Axios.'), {
      dateline: 'Reuters',
      carries: 'Reuters',
      cites: ['Axios'],
    });
  });
  it('is nothing for a text that says nothing of its sources', () => {
    assert.equal(attribution('The council voted 6-3 on Monday night to close the bridge.'), undefined);
  });
});

describe('creditsItself', () => {
  const cases: [string, string | undefined, boolean][] = [
    ['Reuters', 'reuters.com', true],
    ['AP', 'The Associated Press', true],
    ['AP', 'The Japan Times', false],
    ['Reuters', 'nasdaq.com', false],
    ['AFP', undefined, false],
  ];
  for (const [credits, outlet, itself] of cases) {
    it(`${credits} on ${outlet ?? 'an unknown outlet'}: ${itself}`, () =>
      assert.equal(creditsItself(credits, outlet), itself));
  }
});

describe('edge cases the review found', () => {
  it('a day written month first is a date, not a figure; a decimal keeps its thousands', () => {
    const text = 'On March 24 officials said the index fell 1,234.5 points.';
    assert.deepEqual(
      figures(text).map((f) => [f.text, f.value, f.unit]),
      [['1,234.5 points', 1234.5, 'point']],
    );
  });
  it('a page dated "first published on March 3" credits nobody', () => {
    assert.equal(creditedSource('This article was first published on March 3, 2024.'), undefined);
  });
  it('a day or a place after "said" is not a speaker', () => {
    assert.equal(quotations('"We will rebuild the bridge," said the mayor on Monday.')[0]?.speaker, undefined);
  });
});
