/**
 * A circuit breaker for the database: once a call finds Neo4j unavailable, later calls fail at once
 * instead of each waiting for the driver's connection timeout and retries. While open, a call
 * first checks (at most every `probeEveryMs`, one check shared by concurrent calls, each bounded by
 * `probeTimeoutMs`) whether Neo4j answers again, so the first call after it is back goes through.
 */
export class Breaker {
  private open = false;
  private lastProbe = 0;
  private probing: Promise<boolean> | null = null;

  constructor(
    private readonly probe: () => Promise<unknown>,
    private readonly probeEveryMs = 250,
    private readonly probeTimeoutMs = 500,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get isOpen(): boolean {
    return this.open;
  }

  /** Resolves when a call may go ahead; false when Neo4j is known to be down right now. */
  async allow(): Promise<boolean> {
    if (!this.open) return true;
    if (!this.probing && this.now() - this.lastProbe < this.probeEveryMs) return false;
    this.probing ??= this.check().finally(() => {
      this.probing = null;
    });
    return this.probing;
  }

  trip(): void {
    if (!this.open) this.lastProbe = this.now();
    this.open = true;
  }

  reset(): void {
    this.open = false;
  }

  private async check(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('probe timed out')), this.probeTimeoutMs);
    });
    try {
      await Promise.race([this.probe(), timeout]);
      this.reset();
      return true;
    } catch {
      this.lastProbe = this.now();
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
