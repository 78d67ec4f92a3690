import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isKnownBoilerplate } from './known-patterns.js';

// Page furniture, one line each, as it appears under or around real articles.
const furniture = [
  'Source link',
  'Source: Reuters',
  'Click here to get the Daily Ledger app',
  'No comments: Post a Comment',
  'Read more at cbsnews.com',
  'READ MORE: Ferry fares rise again',
  'Read more »',
  'Read the full story at The Harbor Times',
  'Continue reading',
  'Share this article',
  'Share',
  'Facebook Twitter Email',
  'Advertisement',
  'Advertisement - Scroll to continue',
  'Story continues below advertisement',
  'Advertisement Continue reading the main story',
  'Scroll down for video',
  'Sign up for our newsletter',
  'Subscribe to MoneyWeek today and get your first six magazine issues absolutely FREE',
  'FT editor Roula Khalaf will select your favourite stories in this weekly newsletter.',
  '(AP Photo/Julio Cortez)',
  'Rescuers search the rubble in the old town on Tuesday. (AP Photo/Evan Vucci)',
  'Photo: John Smith / Getty Images',
  'Jane Doe/Getty Images',
  'Image copyright Getty Images',
  'Image caption The bridge was closed for repairs',
  'Unlock the Editor’s Digest for free',
  'Unlock Editor’s Digest Lock for Free',
  'Related:',
  'Related: Storm closes mountain pass',
  'You may also like',
  'Follow us on Twitter',
  'Follow Jane Doe on X for updates',
  'We use cookies to improve your experience. By continuing you agree to our cookie policy.',
  '© 2024 Harbor Times. All rights reserved.',
  'Copyright 2023 The Valley Courier',
  'By John Smith and Jane Doe',
  'Reporting by Jane Doe in London; Editing by John Roe',
  'UPDATED 7:40 AM PT – Saturday, March 20, 2021',
  'Published: Jan. 5, 2024',
  '5 min read',
  'Skip to main content',
  '• Tags: ferries, transport, council',
  'This is a developing story…',
  'This story is developing and will be updated.',
  'This is a breaking news story and it will be updated.',
  'Check back later for updates.',
  'Link copied to clipboard',
];

// Article prose that contains the same words, which must stay article text.
const prose = [
  'The mayor said residents could read more about the plan on the city website next week.',
  'Readers who want to read more can find the ruling online.',
  'A photo of the bridge taken on Monday shows cracks in two supports.',
  'The advertisement, which ran for a week, drew hundreds of complaints.',
  'Subscribers to the service will pay more from June.',
  'By Monday, the storm had moved east.',
  'Published in 1990, the book sold two million copies.',
  'This is a developing story of corruption that reaches the council, the prosecutor said.',
  'Breaking story lines were copied to the clipboard by the editor.',
  'This story is developing rapidly as the army advances on the capital, officials said.',
  'Recommended doses of vitamin D vary by age.',
  'Related developments in Asia weighed on markets.',
  'Share prices fell 3% in early trading.',
  'Copyright lawyers said the case could take years.',
  'Follow the money, the investigators said.',
  'Like many on Facebook, she shared the post.',
  'Updated figures will be released on Friday.',
  'The company uses cookies to track users, the regulator found.',
  'Getty Images, the photo agency, said revenue rose.',
  'More from the interview will air on Sunday evening.',
  'Comments from the minister angered the unions.',
  'Register to vote by Friday, officials urged.',
  '',
];

for (const line of furniture) {
  test(`isKnownBoilerplate: ${JSON.stringify(line)} is furniture`, () => {
    assert.equal(isKnownBoilerplate(line), true);
  });
}

for (const line of prose) {
  test(`isKnownBoilerplate: ${JSON.stringify(line)} is prose`, () => {
    assert.equal(isKnownBoilerplate(line), false);
  });
}

test('isKnownBoilerplate: a very long line is prose even when it starts like a teaser', () => {
  assert.equal(isKnownBoilerplate(`Read more: ${'word '.repeat(100)}`), false);
});
