import { afterEach, describe } from 'node:test';
import { atomicityContract } from './contract-suite/atomicity.js';
import type { ContractHarness } from './contract-suite/harness.js';
import { lifecycleContract } from './contract-suite/lifecycle.js';
import { roundTripContract } from './contract-suite/round-trips.js';
import { writeContract } from './contract-suite/writes.js';
import type { Store } from './types.js';

/**
 * Registers the node:test tests every Store implementation must pass.
 *
 * @param open opens the store under test; each test starts from an empty store. A test that checks
 *   persistence calls it twice without cleanup between and expects the same data back.
 * @param cleanup runs after each test, once every store the test opened is closed, and must leave the
 *   next `open()` empty (delete the file, truncate the tables). Needless for a store that starts empty anyway.
 */
export function runStoreContract(name: string, open: () => Promise<Store>, cleanup?: () => Promise<void>): void {
  describe(`Store contract: ${name}`, () => {
    const opened: Store[] = [];
    const harness: ContractHarness = {
      async open() {
        const store = await open();
        opened.push(store);
        return store;
      },
    };
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      await cleanup?.();
    });

    roundTripContract(harness);
    writeContract(harness);
    atomicityContract(harness);
    lifecycleContract(harness);
  });
}
