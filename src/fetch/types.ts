/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to all its addresses (injected: tests answer without DNS). */
export type Lookup = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface FetchOptions {
  /** The whole fetch, redirects and body included, in milliseconds. */
  timeout: number;
  /** Largest body, in bytes, as sent and once decompressed. */
  maxBytes: number;
  maxRedirects: number;
  /** Fetch from loopback, private, link-local and other non-public addresses too. */
  allowPrivate: boolean;
  /** Non-public addresses allowed all the same (a newsroom's own intranet server, say). */
  allowAddresses: readonly string[];
  userAgent: string;
  lookup: Lookup;
  /** Ends the fetch early (the process is stopping), as FETCH_FAILED. */
  signal?: AbortSignal;
}

/** What a server said about a document's version, sent back to ask whether it changed. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

interface FetchedBase {
  /** The URL asked for. */
  url: string;
  /** The URL answered, after redirects. */
  finalUrl: string;
  status: number;
}

/** A fetched document: its text decoded by its charset, or "not modified" for a conditional GET. */
export type Fetched =
  | (FetchedBase & { notModified: true })
  | (FetchedBase & { notModified: false; contentType: string; text: string; validators: Validators });
