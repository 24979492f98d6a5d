/** A Cypher statement with its parameters: built by pure functions, run by GraphClient. */
export interface CypherQuery {
  text: string;
  params: Record<string, unknown>;
}

export const cypher = (text: string, params: Record<string, unknown> = {}): CypherQuery => ({ text, params });
