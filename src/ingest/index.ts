/**
 * The one door for writing articles: scripts, the API and `npm start` extract and write (or
 * delete) articles through this module only, and the worker-pool policy lives here.
 */
export { deleteArticle } from './delete';
export { ingestPaths, type FileOutcome, type IngestOptions, type IngestSummary } from './ingest-files';
export { ingestText } from './ingest-text';
export { whileUnavailable } from './retry';
export { WORKERS_FROM_ARTICLES, type WorkerPolicy } from './workers';
export type { IngestResult } from '../graph';
