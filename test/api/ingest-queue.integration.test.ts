/** ingestArticle under a burst: with a queue of one, every article of a burst still lands, once. */
import { wipe } from '../helpers/neo4j';
import { gql, useServer } from '../helpers/server';

const KEY = 'test-api-key-123';

describe('ingestArticle queue', () => {
  const app = useServer({ API_KEY: KEY, INGEST_CONCURRENCY: '1' });
  beforeAll(async () => wipe(app().graph));

  it('ingests a burst of articles one at a time, all of them', async () => {
    const texts = ['Berlin', 'Paris', 'Madrid', 'Lisbon'].map(
      (city) =>
        `date 2024-05-0${city.length % 9}\nOfficials in ${city} met NATO Secretary General Jens Stoltenberg on Monday.`,
    );
    const results = await Promise.all(
      texts.map((t) =>
        gql(
          app().server.url,
          'mutation ($t: String!) { ingestArticle(input: { text: $t }) { created article { id } } }',
          { t },
          { 'x-api-key': KEY },
        ),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(results.every((r) => r.data.ingestArticle.created)).toBe(true);
    const stats = await gql(app().server.url, '{ stats { articles } }');
    expect(stats.data.stats.articles).toBe(4);
  });
});
