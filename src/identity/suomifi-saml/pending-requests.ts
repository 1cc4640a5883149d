/**
 * The AuthnRequests we have sent and not yet seen answered: node-saml's cache provider for the InResponseTo
 * check, plus where each login returns to. A response is accepted only for a request in here, and only once.
 *
 * Kept in memory, so it serves ONE application instance: with several instances behind a load balancer, the
 * balancer must keep a browser on one instance (sticky sessions) between /login and /acs, or this must move
 * into the database. A restart forgets the logins in progress; those people simply log in again.
 */
import type { CacheItem, CacheProvider } from '@node-saml/node-saml';
import type { Clock } from '../../platform/clock.js';

interface Pending {
  returnTo: string;
  expiresAt: number;
  /** The request's IssueInstant, saved by node-saml while it builds the request. */
  instant: string | undefined;
  /** node-saml has checked a response against this request (successfully or not): no second response. */
  answered: boolean;
}

export class PendingRequests implements CacheProvider {
  readonly #entries = new Map<string, Pending>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number,
    /** Oldest logins in progress are forgotten beyond this, so /login cannot be used to fill the memory. */
    private readonly maxEntries = 10_000,
  ) {}

  /** A login starts: remember the request id and where to go after it. */
  begin(requestId: string, returnTo: string): void {
    this.#prune();
    this.#entries.set(requestId, {
      returnTo,
      expiresAt: this.clock.now().getTime() + this.ttlMs,
      instant: undefined,
      answered: false,
    });
  }

  /**
   * After node-saml has accepted the response: the return path, once. A second call for the same request
   * (a replay racing the first, or a response node-saml never saw) gets undefined.
   */
  finish(requestId: string): string | undefined {
    const entry = this.#live(requestId);
    this.#entries.delete(requestId);
    return entry?.answered ? entry.returnTo : undefined;
  }

  get size(): number {
    return this.#entries.size;
  }

  // CacheProvider, called by node-saml.

  async saveAsync(key: string, value: string): Promise<CacheItem | null> {
    const entry = this.#live(key);
    // Only requests that begin() announced: node-saml never invents ids of its own here.
    if (!entry) return null;
    entry.instant = value;
    return { value, createdAt: this.clock.now().getTime() };
  }

  async getAsync(key: string): Promise<string | null> {
    const entry = this.#live(key);
    return entry && !entry.answered && entry.instant ? entry.instant : null;
  }

  async removeAsync(key: string | null): Promise<string | null> {
    const entry = key === null ? undefined : this.#live(key);
    if (!entry) return null;
    entry.answered = true;
    return entry.instant ?? null;
  }

  #live(key: string): Pending | undefined {
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt <= this.clock.now().getTime()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  #prune(): void {
    const now = this.clock.now().getTime();
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now) this.#entries.delete(key);
    }
    // Map iteration is insertion order: the oldest go first.
    for (const key of this.#entries.keys()) {
      if (this.#entries.size < this.maxEntries) break;
      this.#entries.delete(key);
    }
  }
}
