import type { Resolvers } from '../generated/resolvers-types';
import { entityResolvers } from './entity';
import { graphTypeResolvers } from './graph-types';
import { mutation } from './mutation';
import { query } from './query';
import { DateScalar, JSONScalar } from './scalars';
import { notFound } from '../errors';

export const resolvers: Resolvers = {
  Date: DateScalar,
  JSON: JSONScalar,
  Query: query,
  Mutation: mutation,
  IngestResult: {
    article: async (r, _a, { loaders }) => {
      const a = await loaders.article.load(r.articleId);
      if (!a) throw notFound(`article ${r.articleId} not found`);
      return a;
    },
  },
  ...entityResolvers,
  ...graphTypeResolvers,
};
