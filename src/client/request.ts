/** A minimal typed GraphQL client over fetch: used by the /explore page and examples/. */
import { ErrorCode, NewsgraphError } from '../errors';
import type { TypedDocumentString } from './generated/graphql';

/**
 * The API answered with errors: `code` is REQUEST_FAILED, `apiCode` the first error's
 * extensions.code (e.g. NOT_FOUND) and `status` the HTTP status.
 */
export class GraphQLRequestError extends NewsgraphError {
  constructor(
    message: string,
    readonly apiCode: string | undefined,
    readonly status: number,
  ) {
    super(ErrorCode.REQUEST_FAILED, message, { apiCode, status });
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
