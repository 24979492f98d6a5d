/** The ten example operations of docs/api.md, in order. */
export const EXAMPLES: { title: string; query: string }[] = [
  { title: 'Is it up, and which Neo4j is behind it?', query: '{ health { status neo4jVersion } }' },
  {
    title: 'Find an entity by name',
    query: '{ search(text: "stoltenberg", first: 3) { entity { id name type } } }',
  },
  {
    title: 'Who holds which position in NATO, and where does it say so?',
    query: `{
  entity(id: "organization:nato") {
    name
    relationships(types: ["HOLDS_POSITION"], direction: INCOMING) {
      edges { node { properties other { name } evidence { sentence { text } article { publisher publishedAt } } } }
    }
  }
}`,
  },
  {
    title: 'Where is Bakhmut?',
    query: `{
  entity(id: "place:bakhmut") {
    name
    ... on Place { latitude longitude countryCode }
    relationships(types: ["LOCATED_IN"], direction: OUTGOING) { edges { node { other { name } } } }
  }
}`,
  },
  {
    title: 'What did Josep Borrell say?',
    query: `{
  entity(id: "person:josep-borrell") {
    statements(first: 5) { totalCount edges { node { direct text } } }
  }
}`,
  },
  {
    title: 'Which events happened in Kyiv on 2023-02-15?',
    query:
      '{ events(from: "2023-02-15", to: "2023-02-15", placeId: "place:kyiv") { totalCount edges { node { name date eventType } } } }',
  },
  {
    // Which of several equally short paths Neo4j returns is not defined, and the seed has two here
    // (NATO to Russia by two facts): the example asks for the people and places on the way
    title: 'How is Jens Stoltenberg connected to Bakhmut? (one shortest path; of several, any)',
    query: `{
  shortestPath(fromId: "person:jens-stoltenberg", toId: "place:bakhmut") {
    length
    relationships { from { name } to { name } }
  }
}`,
  },
  {
    title: 'Page through the people',
    query:
      '{ entities(type: PERSON, first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }',
  },
  {
    title: 'An article and its first sentences',
    query:
      '{ articles(first: 1) { totalCount edges { node { publisher publishedAt sentences(first: 2) { edges { node { index text } } } } } } }',
  },
  { title: 'A request over the limits', query: '{ entities(first: 500) { totalCount } }' },
];
