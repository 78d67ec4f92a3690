import type { Validators } from './types.js';

/**
 * The validators (ETag, Last-Modified) of the documents fetched, by the URL asked for, so that the
 * next fetch of each asks whether it changed. Held by the process; past `capacity` URLs the one
 * remembered longest ago is forgotten, which costs only an unconditional fetch.
 */
export class ValidatorMemory {
  private readonly byUrl = new Map<string, Validators>();

  constructor(private readonly capacity = 10_000) {}

  get(url: string): Validators {
    return this.byUrl.get(url) ?? {};
  }

  remember(url: string, validators: Validators): void {
    this.byUrl.delete(url);
    if (validators.etag === undefined && validators.lastModified === undefined) return;
    this.byUrl.set(url, validators);
    const oldest = this.byUrl.keys().next();
    if (this.byUrl.size > this.capacity && !oldest.done) this.byUrl.delete(oldest.value);
  }
}
