/**
 * Read Cypher, built with no database (in the style of @neo4j/graphql's TCK): each builder's text
 * and parameters are snapshots, so a change to what the API asks Neo4j shows in review; and values,
 * however hostile, only ever travel as parameters.
 */
import * as q from '../../../src/graph/read/queries';
import type { CypherQuery } from '../../../src/graph/cypher';

const page = { offset: 10, limit: 5 };
const hostile = "x'}) DETACH DELETE n //";

const builders: [string, () => CypherQuery][] = [
  ['entitiesByIds', () => q.entitiesByIds(['person:a', hostile])],
  ['sentencesByIds', () => q.sentencesByIds(['s1', hostile])],
  ['articlesByIds', () => q.articlesByIds(['a1', hostile])],
  ['searchEntities, any label', () => q.searchEntities(hostile, null, 10, 50)],
  ['searchEntities, some labels', () => q.searchEntities('stoltenberg', ['Person', 'Organization'], 10, 50)],
  ['entitiesPage, all', () => q.entitiesPage(null, null, page)],
  ['entitiesPage, label and name', () => q.entitiesPage('Place', hostile, page)],
  ['eventsPage, no filter', () => q.eventsPage({ from: null, to: null, placeId: null, participantId: null }, page)],
  [
    'eventsPage, by place and dates',
    () => q.eventsPage({ from: '2023-01-01', to: '2023-12-31', placeId: hostile, participantId: null }, page),
  ],
  [
    'eventsPage, by participant',
    () => q.eventsPage({ from: null, to: null, placeId: null, participantId: 'person:a' }, page),
  ],
  [
    'relationshipsOf',
    () =>
      q.relationshipsOf(
        ['person:a', hostile],
        { types: ['HOLDS_POSITION'], direction: 'OUTGOING', assertion: null },
        page,
      ),
  ],
  [
    'relationshipsOf, lean',
    () => q.relationshipsOf(['person:a'], { types: null, direction: 'BOTH', assertion: null }, page, false, false),
  ],
  [
    'relationshipsOf, outgoing of two types',
    () =>
      q.relationshipsOf(
        ['person:a'],
        { types: ['HOLDS_POSITION', 'MEMBER_OF'], direction: 'OUTGOING', assertion: null },
        page,
      ),
  ],
  [
    'relationshipsOf, attributed only',
    () => q.relationshipsOf(['person:a'], { types: null, direction: 'BOTH', assertion: 'ATTRIBUTED' }, page),
  ],
  [
    'entityWithFacts',
    () =>
      q.entityWithFacts(hostile, { types: null, direction: 'BOTH', assertion: null }, page, {
        withSentences: true,
        withProperties: true,
        withTotal: true,
      }),
  ],
  [
    'entityWithFacts, brief other ends',
    () =>
      q.entityWithFacts(hostile, { types: null, direction: 'BOTH', assertion: null }, page, {
        withSentences: true,
        withProperties: false,
        withTotal: false,
        briefOthers: true,
        briefEntity: true,
      }),
  ],
  ['mentionsOf', () => q.mentionsOf(['person:a', hostile], page)],
  ['statementsBy', () => q.statementsBy(['person:a'], page)],
  ['articlesPage', () => q.articlesPage(page)],
  ['sentencesOfArticles', () => q.sentencesOfArticles(['a1'], page)],
  ['entitiesOfArticles', () => q.entitiesOfArticles(['a1'], 'Person', 'BODY', page)],
  ['entitiesOfArticles, all sections', () => q.entitiesOfArticles(['a1'], null, 'ALL', page)],
  ['shortestPath', () => q.shortestPath('person:a', hostile, 4)],
  ['countsByLabel', () => q.countsByLabel()],
  ['statementsPage', () => q.statementsPage(hostile, null, page)],
  ['placesNear', () => q.placesNear(50.45, 30.52, 10_000, 20)],
  ['subgraph', () => q.subgraph(hostile, 2, 200)],
];

describe('read queries', () => {
  it.each(builders)('%s', (_name, build) => {
    const query = build();
    expect(query.text).not.toContain(hostile);
    expect(query).toMatchSnapshot();
  });
});
