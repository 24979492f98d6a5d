/** Serves the /explore page: its TypeScript is bundled once per process with esbuild, in memory. */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import express, { type Router } from 'express';

/** src/explorer, whether this file runs from src/ (tsx) or from dist/src/ (the compiled build). */
export function explorerSourceDir(): string {
  const candidates = [path.resolve(__dirname, '../explorer'), path.resolve(__dirname, '../../../src/explorer')];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'index.ts')));
  if (!found) throw new Error(`explorer sources not found in ${candidates.join(' or ')}`);
  return found;
}

export async function bundleExplorer(dir = explorerSourceDir(), minify = true): Promise<string> {
  const result = await build({
    entryPoints: [path.join(dir, 'index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for the explorer');
  return file.text;
}

export function explorerRouter(): Router {
  const router = express.Router();
  let bundle: Promise<string> | undefined;
  const dir = explorerSourceDir();
  const send = (file: string, type: string) => (_req: express.Request, res: express.Response) => {
    res.type(type).sendFile(path.join(dir, file));
  };
  router.get('/', send('index.html', 'html'));
  router.get('/style.css', send('style.css', 'css'));
  router.get('/app.js', async (_req, res) => {
    bundle ??= bundleExplorer(dir);
    try {
      res
        .type('js')
        .set('cache-control', 'no-cache')
        .send(await bundle);
    } catch (err) {
      bundle = undefined;
      res
        .status(500)
        .type('text')
        .send(`explorer bundle failed: ${(err as Error).message}`);
    }
  });
  return router;
}
