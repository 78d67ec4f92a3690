import type { Store } from '../types.js';

export interface ContractHarness {
  /** Opens the store under test; it is closed, and cleaned up, after the test. */
  open(): Promise<Store>;
}
