/**
 * The @neo4j/graphql baseline: type definitions equivalent to the newsgraph API over the same
 * database. Shapes the library cannot derive (facts with evidence, paths, subgraphs) use @cypher
 * with the same hand-written Cypher the raw-driver floor sends.
 */
import { FACTS_OF_THIS, SHORTEST_PATH, SUBGRAPH } from './baseline-queries';

const block = (s: string) => `"""\n${s}\n"""`;

export const neo4jGraphqlTypeDefs = /* GraphQL */ `
type Fact { type: String!, direction: String!, confidence: Float, otherId: ID!, otherName: String!, evidence: [String!]! }
type PathNode { id: ID!, name: String! }
type PathStep { type: String!, fromId: ID!, toId: ID! }
type PathResult { length: Int!, nodes: [PathNode!]!, steps: [PathStep!]! }
type SubNode { id: ID!, label: String! }
type SubEdge { source: ID!, target: ID!, type: String! }
type SubgraphResult { nodes: [SubNode!]!, edges: [SubEdge!]! }

type Entity @node(labels: ["Entity"]) {
  id: ID!
  name: String!
  facts: [Fact!]! @cypher(statement: ${block(FACTS_OF_THIS)}, columnName: "fact")
}
type Person @node(labels: ["Person", "Entity"])
  @fulltext(indexes: [{ indexName: "entity_names", queryName: "peopleByName", fields: ["name"] }]) {
  id: ID!
  name: String!
}
type Place @node(labels: ["Place", "Entity"]) { id: ID!, name: String! }
type Event @node(labels: ["Event", "Entity"]) {
  id: ID!
  name: String!
  date: Date
  occurredIn: [Place!]! @relationship(type: "OCCURRED_IN", direction: OUT)
}
type Query {
  shortestPath(fromId: ID!, toId: ID!): PathResult @cypher(statement: ${block(SHORTEST_PATH)}, columnName: "path")
  subgraph(centerId: ID!): SubgraphResult @cypher(statement: ${block(SUBGRAPH)}, columnName: "subgraph")
}
`;
