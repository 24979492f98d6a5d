/**
 * Settings of the extraction pipeline, which runs without a database (`npm run extract`, the
 * ingest workers): read apart from the server's settings, so a server setting never stops extraction.
 */
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './load';

const schema = z.object({
  /** the tagger model file; `off` runs the rules alone (default: the shipped model) */
  NEWSGRAPH_TAGGER_MODEL: z.string().min(1).optional(),
});

export interface ExtractionSettings {
  /** a model file, 'default' for the shipped one, or 'off' */
  taggerModel: string;
}

export function extractionSettings(env: NodeJS.ProcessEnv = process.env): ExtractionSettings {
  const parsed = schema.safeParse({ NEWSGRAPH_TAGGER_MODEL: env.NEWSGRAPH_TAGGER_MODEL || undefined });
  if (!parsed.success)
    throw new ConfigError(`Invalid setting NEWSGRAPH_TAGGER_MODEL: ${parsed.error.issues[0]!.message}`);
  const v = parsed.data.NEWSGRAPH_TAGGER_MODEL;
  return { taggerModel: v === undefined ? 'default' : v === 'off' ? 'off' : path.resolve(v) };
}
