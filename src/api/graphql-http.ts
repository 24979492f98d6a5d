/**
 * Apollo Server on plain node:http: the request body is read and parsed here, Apollo's own
 * `executeHTTPGraphQLRequest` does the rest. No Express, body-parser or router on the hot path.
 */
import type http from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

/** Largest request body accepted: an article sent to ingestArticle, with room to spare. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

/** A body that cannot be read as GraphQL: answered as a GraphQL-shaped 4xx, never an HTML page. */
class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      reject(new BodyError(413, 'The request body is too large'));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyError(413, 'The request body is too large'));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

/** JSON bodies are parsed; any other content type reaches Apollo without a body, which it refuses (400). */
async function parseBody(req: http.IncomingMessage): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const text = await readBody(req, MAX_BODY_BYTES);
  if (!/json/i.test(req.headers['content-type'] ?? '')) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'The request body is not valid JSON');
  }
}

/** A node:http handler for /graphql over a started Apollo Server. */
export function graphqlHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: (req: http.IncomingMessage) => Promise<C>,
): (req: http.IncomingMessage, res: http.ServerResponse, search: string) => Promise<void> {
  return async (req, res, search) => {
    let body: unknown;
    try {
      body = await parseBody(req);
    } catch (err) {
      if (err instanceof BodyError) sendJson(res, err.status, errorBody(err.message, 'BAD_REQUEST'));
      else sendJson(res, 400, errorBody('The request body could not be read', 'BAD_REQUEST'));
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    try {
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method!.toUpperCase(), headers, search, body },
        context: () => context(req),
      });
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === 'complete') {
        res.end(answer.body.string);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } catch {
      // Apollo answers every GraphQL error itself; this is a failure of the server's own code
      if (!res.headersSent) sendJson(res, 500, errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
      else res.end();
    }
  };
}
