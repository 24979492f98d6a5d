/** The explorer's GraphQL operations: typed by graphql-codegen's client preset (src/client/generated). */
import { graphql } from '../client/generated';

export const SearchEntities = graphql(`
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
`);

export const Neighbourhood = graphql(`
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
`);

export const EntityDetails = graphql(`
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
`);

export const TimelineEventFragment = graphql(`
  fragment TimelineEvent on Event {
    id
    name
    date
    eventType
  }
`);
