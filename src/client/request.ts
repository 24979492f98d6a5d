/** A minimal typed GraphQL client over fetch: used by the /explore page and examples/. */
import type { TypedDocumentString } from './generated/graphql';

/** The API answered with errors; `code` is the first error's extensions.code (e.g. NOT_FOUND). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponse<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function request<R, V>(
  url: string,
  document: TypedDocumentString<R, V>,
  variables: V,
  headers: Record<string, string> = {},
): Promise<R> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await res.json().catch(() => ({}))) as GraphQLResponse<R>;
  const first = body.errors?.[0];
  if (first || !body.data) {
    throw new GraphQLRequestError(first?.message ?? `HTTP ${res.status}`, first?.extensions?.code, res.status);
  }
  return body.data;
}
