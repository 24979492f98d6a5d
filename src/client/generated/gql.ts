/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExampleLatestArticle {\n    articles(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ExampleLatestArticleDocument,
    "\n  query ExamplePeopleWithPositions($article: ID!) {\n    article(id: $article) {\n      id\n      title\n      publisher\n      publishedAt\n      entities(type: PERSON, first: 50) {\n        edges {\n          node {\n            id\n            name\n            relationships(types: [\"HOLDS_POSITION\"], direction: OUTGOING, first: 5) {\n              edges {\n                node {\n                  other {\n                    name\n                  }\n                  properties\n                  evidence {\n                    sentence {\n                      index\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExamplePeopleWithPositionsDocument,
    "\n  query ExplorerSearch($text: String!) {\n    search(text: $text, first: 10) {\n      score\n      entity {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.ExplorerSearchDocument,
    "\n  query ExplorerNeighbourhood($centerId: ID!, $limit: Int = 60) {\n    subgraph(centerId: $centerId, depth: 1, limit: $limit) {\n      truncated\n      nodes {\n        id\n        label\n        type\n        distance\n        entity {\n          ... on Event {\n            date\n            eventType\n          }\n        }\n      }\n      edges {\n        id\n        source\n        target\n        type\n        properties\n        confidence\n        evidence {\n          assertion\n          attributedTo {\n            id\n            name\n          }\n          sentence {\n            id\n            index\n            text\n          }\n          article {\n            id\n            title\n            publisher\n            publishedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExplorerNeighbourhoodDocument,
    "\n  query ExplorerEntity($id: ID!) {\n    entity(id: $id) {\n      id\n      name\n      type\n      aliases\n      ... on Place {\n        latitude\n        longitude\n        countryCode\n      }\n      ... on Event {\n        date\n        eventType\n      }\n      mentions(first: 5) {\n        totalCount\n        edges {\n          node {\n            text\n            sentence {\n              text\n            }\n            article {\n              title\n              publishedAt\n            }\n          }\n        }\n      }\n    }\n    said: statements(speakerId: $id, first: 50) {\n      edges {\n        node {\n          id\n          text\n          direct\n          date\n          channel\n          evidence {\n            article {\n              publishedAt\n            }\n          }\n        }\n      }\n    }\n    involved: events(participantId: $id, first: 50) {\n      edges {\n        node {\n          ...TimelineEvent\n        }\n      }\n    }\n    here: events(placeId: $id, first: 50) {\n      edges {\n        node {\n          ...TimelineEvent\n        }\n      }\n    }\n  }\n": typeof types.ExplorerEntityDocument,
    "\n  fragment TimelineEvent on Event {\n    id\n    name\n    date\n    eventType\n  }\n": typeof types.TimelineEventFragmentDoc,
};
const documents: Documents = {
    "\n  query ExampleLatestArticle {\n    articles(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ExampleLatestArticleDocument,
    "\n  query ExamplePeopleWithPositions($article: ID!) {\n    article(id: $article) {\n      id\n      title\n      publisher\n      publishedAt\n      entities(type: PERSON, first: 50) {\n        edges {\n          node {\n            id\n            name\n            relationships(types: [\"HOLDS_POSITION\"], direction: OUTGOING, first: 5) {\n              edges {\n                node {\n                  other {\n                    name\n                  }\n                  properties\n                  evidence {\n                    sentence {\n                      index\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ExamplePeopleWithPositionsDocument,
    "\n  query ExplorerSearch($text: String!) {\n    search(text: $text, first: 10) {\n      score\n      entity {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.ExplorerSearchDocument,
    "\n  query ExplorerNeighbourhood($centerId: ID!, $limit: Int = 60) {\n    subgraph(centerId: $centerId, depth: 1, limit: $limit) {\n      truncated\n      nodes {\n        id\n        label\n        type\n        distance\n        entity {\n          ... on Event {\n            date\n            eventType\n          }\n        }\n      }\n      edges {\n        id\n        source\n        target\n        type\n        properties\n        confidence\n        evidence {\n          assertion\n          attributedTo {\n            id\n            name\n          }\n          sentence {\n            id\n            index\n            text\n          }\n          article {\n            id\n            title\n            publisher\n            publishedAt\n          }\n        }\n      }\n    }\n  }\n": types.ExplorerNeighbourhoodDocument,
    "\n  query ExplorerEntity($id: ID!) {\n    entity(id: $id) {\n      id\n      name\n      type\n      aliases\n      ... on Place {\n        latitude\n        longitude\n        countryCode\n      }\n      ... on Event {\n        date\n        eventType\n      }\n      mentions(first: 5) {\n        totalCount\n        edges {\n          node {\n            text\n            sentence {\n              text\n            }\n            article {\n              title\n              publishedAt\n            }\n          }\n        }\n      }\n    }\n    said: statements(speakerId: $id, first: 50) {\n      edges {\n        node {\n          id\n          text\n          direct\n          date\n          channel\n          evidence {\n            article {\n              publishedAt\n            }\n          }\n        }\n      }\n    }\n    involved: events(participantId: $id, first: 50) {\n      edges {\n        node {\n          ...TimelineEvent\n        }\n      }\n    }\n    here: events(placeId: $id, first: 50) {\n      edges {\n        node {\n          ...TimelineEvent\n        }\n      }\n    }\n  }\n": types.ExplorerEntityDocument,
    "\n  fragment TimelineEvent on Event {\n    id\n    name\n    date\n    eventType\n  }\n": types.TimelineEventFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleLatestArticle {\n    articles(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExampleLatestArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamplePeopleWithPositions($article: ID!) {\n    article(id: $article) {\n      id\n      title\n      publisher\n      publishedAt\n      entities(type: PERSON, first: 50) {\n        edges {\n          node {\n            id\n            name\n            relationships(types: [\"HOLDS_POSITION\"], direction: OUTGOING, first: 5) {\n              edges {\n                node {\n                  other {\n                    name\n                  }\n                  properties\n                  evidence {\n                    sentence {\n                      index\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExamplePeopleWithPositionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSearch($text: String!) {\n    search(text: $text, first: 10) {\n      score\n      entity {\n        id\n        name\n        type\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNeighbourhood($centerId: ID!, $limit: Int = 60) {\n    subgraph(centerId: $centerId, depth: 1, limit: $limit) {\n      truncated\n      nodes {\n        id\n        label\n        type\n        distance\n        entity {\n          ... on Event {\n            date\n            eventType\n          }\n        }\n      }\n      edges {\n        id\n        source\n        target\n        type\n        properties\n        confidence\n        evidence {\n          assertion\n          attributedTo {\n            id\n            name\n          }\n          sentence {\n            id\n            index\n            text\n          }\n          article {\n            id\n            title\n            publisher\n            publishedAt\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEntity($id: ID!) {\n    entity(id: $id) {\n      id\n      name\n      type\n      aliases\n      ... on Place {\n        latitude\n        longitude\n        countryCode\n      }\n      ... on Event {\n        date\n        eventType\n      }\n      mentions(first: 5) {\n        totalCount\n        edges {\n          node {\n            text\n            sentence {\n              text\n            }\n            article {\n              title\n              publishedAt\n            }\n          }\n        }\n      }\n    }\n    said: statements(speakerId: $id, first: 50) {\n      edges {\n        node {\n          id\n          text\n          direct\n          date\n          channel\n          evidence {\n            article {\n              publishedAt\n            }\n          }\n        }\n      }\n    }\n    involved: events(participantId: $id, first: 50) {\n      edges {\n        node {\n          ...TimelineEvent\n        }\n      }\n    }\n    here: events(placeId: $id, first: 50) {\n      edges {\n        node {\n          ...TimelineEvent\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineEvent on Event {\n    id\n    name\n    date\n    eventType\n  }\n"): typeof import('./graphql').TimelineEventFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
