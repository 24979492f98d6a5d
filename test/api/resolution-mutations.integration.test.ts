/** The operators' mutations over HTTP: they need the API key, act on the graph and can be undone. */
import { wipe } from '../helpers/neo4j';
import { gql, useServer } from '../helpers/server';

const KEY = 'test-api-key-456';
const ARTICLES = [
  'date 1987-03-02\nPresident Ronald Reagan met Prime Minister Yasuhiro Nakasone in Washington on Monday.',
  'date 1987-03-05\nOn Thursday, Reagan told reporters in Washington that talks with Japan would go on.',
];
const CORRECTION = '{ id kind fromId intoId alias undoneAt rewrittenArticles }';

describe('resolution mutations', () => {
  const app = useServer({ API_KEY: KEY });
  const url = () => app().server.url;
  const asOperator = (query: string) => gql(url(), query, {}, { 'x-api-key': KEY });
  const mentions = async (id: string) =>
    (await gql(url(), `{ entity(id: "${id}") { mentions(first: 50) { totalCount } } }`)).data.entity?.mentions
      .totalCount ?? 0;

  beforeAll(async () => {
    await wipe(app().graph);
    for (const text of ARTICLES)
      await gql(
        url(),
        'mutation ($t: String!) { ingestArticle(input: { text: $t }) { created } }',
        { t: text },
        {
          'x-api-key': KEY,
        },
      );
  });

  it('refuses a client without the API key', async () => {
    const res = await gql(url(), `mutation { splitEntity(id: "person:ronald-reagan", alias: "Reagan") ${CORRECTION} }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await mentions('person:ronald-reagan')).toBe(2);
  });

  it('splits an alias off and undoes the split', async () => {
    const split = await asOperator(
      `mutation { splitEntity(id: "person:ronald-reagan", alias: "Reagan") ${CORRECTION} }`,
    );
    expect(split.data.splitEntity).toMatchObject({ kind: 'SPLIT', fromId: 'person:ronald-reagan', alias: 'Reagan' });
    expect(split.data.splitEntity.rewrittenArticles).toHaveLength(1);
    expect(await mentions('person:ronald-reagan')).toBe(1);
    expect(await mentions('person:reagan')).toBe(1);
    const undo = await asOperator(`mutation { undoResolution(id: "${split.data.splitEntity.id}") ${CORRECTION} }`);
    expect(undo.data.undoResolution.undoneAt).not.toBeNull();
    expect(await mentions('person:ronald-reagan')).toBe(2);
  });

  it('answers a merge of unknown entities with NOT_FOUND naming the argument', async () => {
    const res = await asOperator(
      `mutation { mergeEntities(from: "person:nobody", into: "person:ronald-reagan") ${CORRECTION} }`,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'from' });
  });
});
