import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ShareBalance } from './share-balance.js';

describe('the share of comparisons the engine thread takes', () => {
  it('takes none until it is seen waiting for the workers', () => {
    const balance = new ShareBalance();
    assert.equal(balance.pairsHere(1000), 0);
    balance.waited(500);
    assert.equal(balance.pairsHere(1000), 0, 'nothing measured yet');
  });

  it('grows by the pairs a wait could have compared, at both sides’ rates', () => {
    const balance = new ShareBalance();
    // The workers compared 1,000 pairs in 800 ms; this thread none (a pair then counts 1 ms here).
    balance.measured(0, 0, 1000, 800);
    balance.waited(450);
    // 450 ms / (1 + 0.8 ms a pair) = 250 pairs of 1,000.
    assert.equal(balance.pairsHere(1000), 250);
    balance.measured(250, 100, 750, 300);
    balance.waited(80);
    // 80 ms / (0.4 + 0.4) = 100 more.
    assert.equal(balance.pairsHere(1000), 350);
  });

  it('halves when the thread did not wait, and never passes three quarters', () => {
    const balance = new ShareBalance(0.5);
    balance.measured(500, 50, 500, 50);
    balance.waited(0);
    assert.equal(balance.pairsHere(1000), 250);
    balance.waited(1);
    assert.equal(balance.pairsHere(1000), 125, 'a wait under 2 ms is the event loop, not idleness');
    balance.waited(100_000);
    assert.equal(balance.pairsHere(1000), 750);
    assert.equal(new ShareBalance(2).pairsHere(100), 75);
  });
});
