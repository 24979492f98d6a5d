/**
 * Settings of the extraction pipeline, which runs without a database (`npm run extract`, the
 * ingest workers): read apart from the server's settings, so a server setting never stops extraction.
 */
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './load';

const modelSetting = z.string().min(1).optional();
const schema = z.object({
  /** the tagger model file; `off` runs the rules alone (default: the shipped model) */
  NEWSGRAPH_TAGGER_MODEL: modelSetting,
  /** the relation classifier's model file; `off` keeps the rules' relations alone */
  NEWSGRAPH_RELATION_MODEL: modelSetting,
  /** tag sequences the tagger's beam keeps (1: greedy) */
  NEWSGRAPH_TAGGER_BEAM: z.coerce.number().int().min(1).max(64).default(4),
});

export interface ExtractionSettings {
  /** a model file, 'default' for the shipped one, or 'off' */
  taggerModel: string;
  /** the same, for the relation classifier */
  relationModel: string;
  /** the tagger's beam width */
  taggerBeam: number;
}

const model = (v: string | undefined) => (v === undefined ? 'default' : v === 'off' ? 'off' : path.resolve(v));

export function extractionSettings(env: NodeJS.ProcessEnv = process.env): ExtractionSettings {
  const parsed = schema.safeParse({
    NEWSGRAPH_TAGGER_MODEL: env.NEWSGRAPH_TAGGER_MODEL || undefined,
    NEWSGRAPH_RELATION_MODEL: env.NEWSGRAPH_RELATION_MODEL || undefined,
    NEWSGRAPH_TAGGER_BEAM: env.NEWSGRAPH_TAGGER_BEAM || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid setting ${String(issue.path[0])}: ${issue.message}`);
  }
  return {
    taggerModel: model(parsed.data.NEWSGRAPH_TAGGER_MODEL),
    relationModel: model(parsed.data.NEWSGRAPH_RELATION_MODEL),
    taggerBeam: parsed.data.NEWSGRAPH_TAGGER_BEAM,
  };
}
