/** The graph layer's writer: one extracted article in one transaction, or its removal. */
export { planArticle, planRemoval, type Plan } from './plan';
export { removeArticle, textHash, writeArticle, type IngestResult, type IngestStatus } from './write-article';
export { componentQuery, entityNamesQuery, planResolved } from './resolution';
export {
  correctionLog,
  mergeEntities,
  ResolutionError,
  splitEntity,
  undoCorrection,
  type CorrectionResult,
  type LogEntry,
} from './operators';
