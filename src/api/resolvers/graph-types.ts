import type { EntityModel } from '../../graph';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { notFound } from '../errors';
import { connection, pageArgs } from '../pagination';
import { labelToType, typeToLabel } from './entity';

/** Looks an id up through a loader; a dangling id is a data bug, reported as NOT_FOUND. */
async function must<T>(p: Promise<T | null>, what: string): Promise<T> {
  const v = await p;
  if (v === null || v === undefined) throw notFound(`${what} not found`);
  return v;
}

/** Evidence and mentions both point at a sentence of an article: one pair of resolvers serves both. */
const inSentence = {
  sentence: (x: { sentenceId: string }, _a: unknown, { loaders }: ApiContext) =>
    loaders.sentencesRead.get(x.sentenceId) ?? must(loaders.sentence.load(x.sentenceId), `sentence ${x.sentenceId}`),
  article: (x: { articleId: string }, _a: unknown, { loaders }: ApiContext) =>
    must(loaders.article.load(x.articleId), `article ${x.articleId}`),
};

export const graphTypeResolvers: Pick<
  Resolvers,
  'Relationship' | 'Evidence' | 'Mention' | 'Statement' | 'Article' | 'Path' | 'PathStep' | 'GraphNode' | 'GraphEdge'
> = {
  Relationship: {
    other: (r, _a, { loaders }) => r.other ?? must(loaders.entity.load(r.otherId), `entity ${r.otherId}`),
    properties: (r) => r.properties,
  },
  Evidence: {
    ...inSentence,
    attributedTo: (e, _a, { loaders }) => (e.attributedToId ? loaders.entity.load(e.attributedToId) : null),
  },
  Mention: inSentence,
  Statement: {
    speaker: (s, _a, { loaders }) => (s.speakerId ? loaders.entity.load(s.speakerId) : null),
    about: async (s, _a, { loaders }) =>
      (await loaders.entity.loadMany(s.aboutIds)).filter((e): e is EntityModel => e !== null && !(e instanceof Error)),
  },
  GraphNode: {
    id: (n) => n.entity.id,
    label: (n) => n.entity.name,
    type: (n) => labelToType(n.entity.label),
    entity: (n) => n.entity,
  },
  GraphEdge: {
    id: (e) => e.key,
    source: (e) => (e as typeof e & { sourceId: string }).sourceId,
    target: (e) => e.otherId,
    properties: (e) => e.properties,
  },
  Article: {
    sentences: async (a, { first, after }, { loaders }) =>
      connection(await loaders.articleSentences.load({ id: a.id, args: { page: pageArgs(first, after, 50) } })),
    entities: async (a, { type, section, first, after }, { loaders }) =>
      connection(
        await loaders.articleEntities.load({
          id: a.id,
          args: {
            label: type ? typeToLabel(type) : null,
            section: section ?? 'BODY',
            page: pageArgs(first, after, 50),
          },
        }),
      ),
  },
  Path: {
    length: (p) => p.steps.length,
    nodes: (p) => p.nodes,
    relationships: (p) => p.steps,
  },
  PathStep: {
    from: (s, _a, { loaders }) => must(loaders.entity.load(s.fromId), `entity ${s.fromId}`),
    to: (s, _a, { loaders }) => must(loaders.entity.load(s.toId), `entity ${s.toId}`),
  },
};
