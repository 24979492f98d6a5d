/**
 * A typed client of the newsgraph API: lists the people in an article with the positions they hold.
 *
 *   npx tsx examples/people-positions.ts [--url http://localhost:4000/graphql] [--article ID]
 *
 * Without --article it takes the most recent article. The operation's result and variable types come
 * from graphql-codegen's client preset (src/client/generated), so a schema change that breaks this
 * script fails `npm run typecheck`.
 */
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { graphql } from '../src/client/generated';
import { request } from '../src/client/request';

const LatestArticle = graphql(`
  query ExampleLatestArticle {
    articles(first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const PeopleWithPositions = graphql(`
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
`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { url: { type: 'string', default: 'http://localhost:4000/graphql' }, article: { type: 'string' } },
  });
  const url = values.url!;
  const articleId = values.article ?? (await request(url, LatestArticle, {})).articles.edges[0]?.node.id;
  if (!articleId) throw new Error('the graph holds no article yet: run `npm run ingest -- seeds/` first');
  const { article } = await request(url, PeopleWithPositions, { article: articleId });
  if (!article) throw new Error(`no article with id ${articleId}`);

  console.log(
    `${article.title ?? article.id} (${[article.publisher, article.publishedAt].filter(Boolean).join(', ')})`,
  );
  const table = new Table({
    head: ['Person', 'Position', 'Organisation or place', 'Sentence'],
    // plain text when piped: no colour codes in files or CI logs
    style: process.stdout.isTTY ? {} : { head: [], border: [] },
  });
  for (const { node: person } of article.entities.edges) {
    const positions = person.relationships.edges;
    if (positions.length === 0) table.push([person.name, '', '', '']);
    for (const { node: rel } of positions) {
      const title = typeof rel.properties?.title === 'string' ? rel.properties.title : '';
      table.push([person.name, title, rel.other.name, rel.evidence.map((e) => e.sentence.index).join(', ')]);
    }
  }
  console.log(table.toString());
}

main().catch((err: Error) => {
  console.error(`people-positions: ${err.message}`);
  process.exit(1);
});
