import { createApp, type App } from '../../src/app';
import { createLogger } from '../../src/observability/logger';
import { testConfig } from './neo4j';

/** Starts the real HTTP server on a free port against the test Neo4j for one suite. */
export function useServer(overrides: Partial<Record<string, string>> = {}): () => App {
  let app: App | undefined;
  beforeAll(async () => {
    const config = testConfig(overrides);
    app = await createApp(config, createLogger('silent'));
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error('server used outside a test');
    return app;
  };
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; argument?: string; reason?: string } }[];
}

/** POSTs one GraphQL operation, as a client app would. */
export async function gql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: res.status, ...body };
}
