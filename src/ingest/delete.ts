import { type GraphClient, removeArticle } from '../graph';

/** Removes an article and every fact only it supported; false when there was no such article. */
export const deleteArticle = (graph: GraphClient, articleId: string): Promise<boolean> =>
  removeArticle(graph, articleId);
