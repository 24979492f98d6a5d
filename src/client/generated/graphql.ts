/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Who asserts a fact: the article in its own voice, or a speaker it quotes or reports. */
export type Assertion =
  /** A quote or reported speech claims it; `Evidence.attributedTo` says who. */
  | 'ATTRIBUTED'
  /** The article states it. */
  | 'REPORTED';

export type EntityType =
  | 'EVENT'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLACE';

export type ExampleLatestArticleQueryVariables = Exact<{ [key: string]: never; }>;


export type ExampleLatestArticleQuery = { articles: { edges: Array<{ node: { id: string } }> } };

export type ExamplePeopleWithPositionsQueryVariables = Exact<{
  article: string | number;
}>;


export type ExamplePeopleWithPositionsQuery = { article: { id: string, title: string | null, publisher: string | null, publishedAt: string | null, entities: { edges: Array<{ node:
          | { id: string, name: string, relationships: { edges: Array<{ node: { properties: Record<string, unknown> | null, other:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , evidence: Array<{ sentence: { index: number } }> } }> } }
          | { id: string, name: string, relationships: { edges: Array<{ node: { properties: Record<string, unknown> | null, other:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , evidence: Array<{ sentence: { index: number } }> } }> } }
          | { id: string, name: string, relationships: { edges: Array<{ node: { properties: Record<string, unknown> | null, other:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , evidence: Array<{ sentence: { index: number } }> } }> } }
          | { id: string, name: string, relationships: { edges: Array<{ node: { properties: Record<string, unknown> | null, other:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , evidence: Array<{ sentence: { index: number } }> } }> } }
         }> } } | null };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
}>;


export type ExplorerSearchQuery = { search: Array<{ score: number, entity:
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
     }> };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  centerId: string | number;
  limit?: number | null | undefined;
}>;


export type ExplorerNeighbourhoodQuery = { subgraph: { truncated: boolean, nodes: Array<{ id: string, label: string, type: EntityType, distance: number, entity:
        | { date: string | null, eventType: string | null }
        | Record<PropertyKey, never>
       }>, edges: Array<{ id: string, source: string, target: string, type: string, properties: Record<string, unknown> | null, confidence: number | null, evidence: Array<{ assertion: Assertion | null, attributedTo:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, sentence: { id: string, index: number, text: string }, article: { id: string, title: string | null, publisher: string | null, publishedAt: string | null } }> }> } };

export type ExplorerEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerEntityQuery = { entity:
    | { date: string | null, eventType: string | null, id: string, name: string, type: EntityType, aliases: Array<string>, mentions: { totalCount: number, edges: Array<{ node: { text: string, sentence: { text: string }, article: { title: string | null, publishedAt: string | null } } }> } }
    | { id: string, name: string, type: EntityType, aliases: Array<string>, mentions: { totalCount: number, edges: Array<{ node: { text: string, sentence: { text: string }, article: { title: string | null, publishedAt: string | null } } }> } }
    | { id: string, name: string, type: EntityType, aliases: Array<string>, mentions: { totalCount: number, edges: Array<{ node: { text: string, sentence: { text: string }, article: { title: string | null, publishedAt: string | null } } }> } }
    | { latitude: number | null, longitude: number | null, countryCode: string | null, id: string, name: string, type: EntityType, aliases: Array<string>, mentions: { totalCount: number, edges: Array<{ node: { text: string, sentence: { text: string }, article: { title: string | null, publishedAt: string | null } } }> } }
   | null, said: { edges: Array<{ node: { id: string, text: string, direct: boolean, date: string | null, channel: string | null, evidence: Array<{ article: { publishedAt: string | null } }> } }> }, involved: { edges: Array<{ node: { id: string, name: string, date: string | null, eventType: string | null } }> }, here: { edges: Array<{ node: { id: string, name: string, date: string | null, eventType: string | null } }> } };

export type TimelineEventFragment = { id: string, name: string, date: string | null, eventType: string | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TimelineEventFragmentDoc = new TypedDocumentString(`
    fragment TimelineEvent on Event {
  id
  name
  date
  eventType
}
    `, {"fragmentName":"TimelineEvent"}) as unknown as TypedDocumentString<TimelineEventFragment, unknown>;
export const ExampleLatestArticleDocument = new TypedDocumentString(`
    query ExampleLatestArticle {
  articles(first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExampleLatestArticleQuery, ExampleLatestArticleQueryVariables>;
export const ExamplePeopleWithPositionsDocument = new TypedDocumentString(`
    query ExamplePeopleWithPositions($article: ID!) {
  article(id: $article) {
    id
    title
    publisher
    publishedAt
    entities(type: PERSON, first: 50) {
      edges {
        node {
          id
          name
          relationships(types: ["HOLDS_POSITION"], direction: OUTGOING, first: 5) {
            edges {
              node {
                other {
                  name
                }
                properties
                evidence {
                  sentence {
                    index
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExamplePeopleWithPositionsQuery, ExamplePeopleWithPositionsQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($text: String!) {
  search(text: $text, first: 10) {
    score
    entity {
      id
      name
      type
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerNeighbourhoodDocument = new TypedDocumentString(`
    query ExplorerNeighbourhood($centerId: ID!, $limit: Int = 60) {
  subgraph(centerId: $centerId, depth: 1, limit: $limit) {
    truncated
    nodes {
      id
      label
      type
      distance
      entity {
        ... on Event {
          date
          eventType
        }
      }
    }
    edges {
      id
      source
      target
      type
      properties
      confidence
      evidence {
        assertion
        attributedTo {
          id
          name
        }
        sentence {
          id
          index
          text
        }
        article {
          id
          title
          publisher
          publishedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>;
export const ExplorerEntityDocument = new TypedDocumentString(`
    query ExplorerEntity($id: ID!) {
  entity(id: $id) {
    id
    name
    type
    aliases
    ... on Place {
      latitude
      longitude
      countryCode
    }
    ... on Event {
      date
      eventType
    }
    mentions(first: 5) {
      totalCount
      edges {
        node {
          text
          sentence {
            text
          }
          article {
            title
            publishedAt
          }
        }
      }
    }
  }
  said: statements(speakerId: $id, first: 50) {
    edges {
      node {
        id
        text
        direct
        date
        channel
        evidence {
          article {
            publishedAt
          }
        }
      }
    }
  }
  involved: events(participantId: $id, first: 50) {
    edges {
      node {
        ...TimelineEvent
      }
    }
  }
  here: events(placeId: $id, first: 50) {
    edges {
      node {
        ...TimelineEvent
      }
    }
  }
}
    fragment TimelineEvent on Event {
  id
  name
  date
  eventType
}`) as unknown as TypedDocumentString<ExplorerEntityQuery, ExplorerEntityQueryVariables>;