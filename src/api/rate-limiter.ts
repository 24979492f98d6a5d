/**
 * Token buckets per client (its API key, else its IP address): each request takes a token, tokens
 * come back at `perSecond` up to `burst`. Idle clients are forgotten, so memory stays bounded.
 */
export interface BucketLimit {
  perSecond: number;
  burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: BucketLimit,
    private readonly now: () => number = () => performance.now(),
    private readonly maxClients = 100_000,
  ) {}

  /** 0 when the request may go ahead (a token is taken), else the seconds until a token is back. */
  take(client: string): number {
    if (this.limit.perSecond <= 0) return 0;
    const t = this.now();
    let b = this.buckets.get(client);
    if (!b) {
      if (this.buckets.size >= this.maxClients) this.forgetFull(t);
      b = { tokens: this.limit.burst, at: t };
      this.buckets.set(client, b);
    } else {
      b.tokens = Math.min(this.limit.burst, b.tokens + ((t - b.at) / 1000) * this.limit.perSecond);
      b.at = t;
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return (1 - b.tokens) / this.limit.perSecond;
  }

  /** Drops the clients whose buckets have refilled: they would start full anyway. */
  private forgetFull(t: number): void {
    for (const [k, b] of this.buckets)
      if (b.tokens + ((t - b.at) / 1000) * this.limit.perSecond >= this.limit.burst) this.buckets.delete(k);
    if (this.buckets.size >= this.maxClients) this.buckets.clear();
  }
}
