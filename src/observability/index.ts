/** Logs and metrics: one pino logger per process and the Prometheus registry the API serves. */
export { createLogger, type Logger } from './logger';
export { createMetrics, type Metrics } from './metrics';
