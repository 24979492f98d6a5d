import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; secrets are redacted wherever they appear. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'newsgraph' },
    redact: {
      paths: [
        'password',
        '*.password',
        'NEO4J_PASSWORD',
        '*.NEO4J_PASSWORD',
        'API_KEY',
        '*.API_KEY',
        'req.headers["x-api-key"]',
        'req.headers.authorization',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
