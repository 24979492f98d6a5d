import neo4j, { type Driver, isRetryableError, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { Breaker } from './breaker';
import type { CypherQuery } from './cypher';
import { neo4jVersion, RETRY_WITHIN_MS } from './driver';
import { DatabaseTimeoutError, DatabaseUnavailableError, isTimeout, isUnavailable } from './errors';

/**
 * Starts a driver call without the caller's stack trace: neo4j-driver records one in every Result
 * it makes (to graft onto a later error) by building an Error, about 6 % of the API server's CPU
 * on its hottest reads. Errors keep Neo4j's code and message, which is what callers map and show.
 */
function withoutCallerStack<T>(start: () => Promise<T>): Promise<T> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export type QueryObserver = (q: CypherQuery, ms: number, mode: 'READ' | 'WRITE') => void;

/**
 * Runs CypherQuery objects: a read as one auto-commit read transaction (routed to followers on a
 * cluster), writes in managed write transactions, both retried on transient errors and with a
 * server-side timeout. The only place that executes Cypher.
 */
export class GraphClient {
  private observers: QueryObserver[] = [];
  private readonly breaker: Breaker;

  constructor(
    private readonly driver: Driver,
    readonly uri: string,
    readonly database: string,
    readonly timeoutMs: number,
  ) {
    this.breaker = new Breaker(() => this.driver.getServerInfo());
  }

  /** Closes the driver and its connections; the client is unusable afterwards. */
  async close(): Promise<void> {
    await this.driver.close();
  }

  /** The Neo4j server's version string ("5.26.0"); throws when the server is unreachable. */
  async serverVersion(): Promise<string> {
    return this.guarded(() => neo4jVersion(this.driver, this.uri));
  }

  /** Fails at once while Neo4j is known to be down; trips and resets the breaker on the outcome. */
  private async guarded<R>(call: () => Promise<R>): Promise<R> {
    if (!(await this.breaker.allow())) throw new DatabaseUnavailableError(this.uri);
    try {
      const out = await call();
      this.breaker.reset();
      return out;
    } catch (err) {
      const mapped = this.mapError(err);
      if (mapped instanceof DatabaseUnavailableError) this.breaker.trip();
      throw mapped;
    }
  }

  observe(fn: QueryObserver): () => void {
    this.observers.push(fn);
    return () => {
      this.observers = this.observers.filter((o) => o !== fn);
    };
  }

  /**
   * One read statement as an auto-commit transaction: RUN and PULL in one round trip, where a managed
   * transaction adds BEGIN and COMMIT (a second round trip, and a transaction's bookkeeping in Neo4j)
   * to every API read. Retried as a managed transaction would be: transient errors, within
   * RETRY_WITHIN_MS. A single read statement is safe to run again.
   */
  async read<T = Record<string, unknown>>(q: CypherQuery): Promise<T[]> {
    return this.guarded(async () => {
      const started = Date.now();
      for (let delay = 50; ; delay *= 2) {
        const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
        try {
          const { res } = await this.timedRun(
            () => session.run(q.text, q.params, { timeout: this.timeoutMs }),
            q,
            'READ',
          );
          return res.records.map((r) => r.toObject() as T);
        } catch (err) {
          if (!isRetryableError(err) || Date.now() - started + delay > RETRY_WITHIN_MS) throw err;
        } finally {
          await session.close();
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    });
  }

  async write<T = Record<string, unknown>>(q: CypherQuery): Promise<T[]> {
    return this.withSession('WRITE', (tx) => this.runIn<T>(tx, q, 'WRITE'));
  }

  /** Several writes in ONE transaction: all or nothing. */
  async writeAll(queries: CypherQuery[]): Promise<Record<string, unknown>[][]> {
    return this.withSession('WRITE', async (tx) => {
      const out: Record<string, unknown>[][] = [];
      for (const q of queries) out.push(await this.runIn(tx, q, 'WRITE'));
      return out;
    });
  }

  /** A write transaction whose statements depend on what earlier ones returned: all or nothing, retried on transient errors. */
  async writeTransaction<R>(
    work: (run: (q: CypherQuery) => Promise<Record<string, unknown>[]>) => Promise<R>,
  ): Promise<R> {
    return this.withSession('WRITE', (tx) => work((q) => this.runIn(tx, q, 'WRITE')));
  }

  /**
   * Streams the rows of one read query (an export of the whole graph must not sit in memory).
   * One unmanaged read transaction without the API's timeout: rows already handed out cannot be
   * retried, so a failure surfaces to the caller instead.
   */
  async *stream<T = Record<string, unknown>>(q: CypherQuery): AsyncGenerator<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const tx = await session.beginTransaction();
      try {
        for await (const record of tx.run(q.text, q.params)) yield record.toObject() as T;
        await tx.commit();
      } finally {
        if (tx.isOpen()) await tx.rollback();
      }
    } catch (err) {
      throw this.mapError(err);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs a statement typed by an analyst (npm run cypher) and keeps the column order and the
   * summary's counters. READ mode runs in a read transaction, so Neo4j itself refuses writes.
   */
  async execute(
    q: CypherQuery,
    mode: 'READ' | 'WRITE',
  ): Promise<{ keys: string[]; rows: Record<string, unknown>[]; counters: Record<string, number>; ms: number }> {
    return this.withSession(mode, async (tx) => {
      const { res, ms } = await this.timedRun(() => tx.run(q.text, q.params), q, mode);
      const updates = res.summary.counters.updates() as unknown as Record<string, number>;
      const counters = Object.fromEntries(Object.entries(updates).filter(([, v]) => v > 0));
      return {
        keys: [...(res.records[0]?.keys ?? [])].map(String),
        rows: res.records.map((r) => r.toObject()),
        counters,
        ms,
      };
    });
  }

  private async runIn<T>(tx: ManagedTransaction, q: CypherQuery, mode: 'READ' | 'WRITE'): Promise<T[]> {
    const { res } = await this.timedRun(() => tx.run(q.text, q.params), q, mode);
    return res.records.map((r) => r.toObject() as T);
  }

  /** Runs one statement (in a transaction, or auto-commit) and tells the observers (metrics) how long it took. */
  private async timedRun(run: () => Promise<QueryResult>, q: CypherQuery, mode: 'READ' | 'WRITE') {
    const t0 = performance.now();
    const res = await withoutCallerStack(run);
    const ms = performance.now() - t0;
    for (const o of this.observers) o(q, ms, mode);
    return { res, ms };
  }

  /**
   * A lost connection becomes DatabaseUnavailableError naming the URI, a statement stopped at its
   * timeout DatabaseTimeoutError; anything else passes through.
   */
  private mapError(err: unknown): unknown {
    if (isUnavailable(err)) return new DatabaseUnavailableError(this.uri, err);
    return isTimeout(err) ? new DatabaseTimeoutError(this.timeoutMs, err) : err;
  }

  private async withSession<R>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: this.timeoutMs };
    try {
      return await this.guarded(() =>
        mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config),
      );
    } finally {
      await session.close();
    }
  }
}
