/** The graph as files: GraphML, CSV or JSON Lines, streamed from Neo4j (npm run export). */
export { exportGraph, UnknownArticleError } from './export-graph';
export { csvWriter, FORMATS, graphmlWriter, jsonlWriter, type ExportFormat, type GraphWriter } from './formats';
export { fileSink, streamSink, type Sink } from './sink';
export { cell } from './values';
