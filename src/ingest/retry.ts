import { DatabaseUnavailableError } from '../graph';

/**
 * Retries `work` while Neo4j is unavailable (a restart, a failover), backing off
 * up to 5 s between tries, for at most `budgetMs`; then gives up with the error.
 * Safe because each article is one idempotent transaction.
 */
export async function whileUnavailable<T>(work: () => Promise<T>, budgetMs: number): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let wait = 500; ; wait = Math.min(wait * 2, 5000)) {
    try {
      return await work();
    } catch (err) {
      if (!(err instanceof DatabaseUnavailableError) || Date.now() + wait > deadline) throw err;
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}
