/** Export Cypher, built with no database: the article id only ever travels as a parameter. */
import {
  exportNodesQuery,
  exportPropertyKeysQuery,
  exportRelationshipsQuery,
} from '../../../src/graph/read/export-queries';

describe('export queries', () => {
  it.each([
    ['nodes', exportNodesQuery],
    ['relationships', exportRelationshipsQuery],
    ['property keys', exportPropertyKeysQuery],
  ])('%s: whole graph and one article', (_name, build) => {
    const hostile = "x'}) DETACH DELETE n //";
    const article = build(hostile);
    expect(article.text).not.toContain(hostile);
    expect(article.params).toEqual({ articleId: hostile });
    expect({ whole: build(), article: build('a1') }).toMatchSnapshot();
  });
});
