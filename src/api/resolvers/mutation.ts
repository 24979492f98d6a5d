import { type CorrectionResult, mergeEntities, splitEntity, undoCorrection } from '../../graph';
import { deleteArticle, ingestText } from '../../ingest';
import type { ApiContext } from '../context';
import type { MutationResolvers } from '../generated/resolvers-types';
import { badInput, forbidden, notFound, unauthenticated } from '../errors';

function requireKey(ctx: ApiContext): void {
  if (!ctx.apiKeyGiven) throw unauthenticated('this mutation needs an API key in the x-api-key header');
  if (!ctx.authorized) throw forbidden('the API key is not valid');
}

const correction = ({ entry, rewritten }: CorrectionResult) => ({
  ...entry,
  kind: entry.kind.toUpperCase(),
  rewrittenArticles: rewritten,
});

export const mutation: MutationResolvers = {
  ingestArticle: async (_p, { input }, ctx) => {
    requireKey(ctx);
    if (input.url && !/^https?:\/\/\S+$/.test(input.url)) throw badInput('url must be an http(s) URL', 'url');
    const result = await ctx.ingestQueue(() =>
      ingestText(ctx.graph, {
        source: input.url ?? 'api',
        text: input.text,
        meta: {
          title: input.title ?? null,
          url: input.url ?? null,
          publishedAt: input.publishedAt ?? null,
          publisher: input.publisher ?? null,
        },
      }),
    );
    ctx.loaders.article.clear(result.articleId);
    return { articleId: result.articleId, created: result.status === 'created' };
  },
  mergeEntities: async (_p, { from, into }, ctx) => {
    requireKey(ctx);
    return correction(await ctx.ingestQueue(() => mergeEntities(ctx.graph, from, into)));
  },
  splitEntity: async (_p, { id, alias }, ctx) => {
    requireKey(ctx);
    return correction(await ctx.ingestQueue(() => splitEntity(ctx.graph, id, alias)));
  },
  undoResolution: async (_p, { id }, ctx) => {
    requireKey(ctx);
    return correction(await ctx.ingestQueue(() => undoCorrection(ctx.graph, id)));
  },
  deleteArticle: async (_p, { id }, ctx) => {
    requireKey(ctx);
    if (!(await deleteArticle(ctx.graph, id))) throw notFound(`article ${id} not found`);
    return true;
  },
};
