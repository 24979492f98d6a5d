/** Serves the /explore page: its TypeScript is bundled once per process with esbuild, in memory. */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { build } from 'esbuild';

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

/**
 * The /explore routes as a node:http handler: the page, its style sheet and its script, bundled on
 * first request. Answers false for paths it does not serve.
 */
export function explorerHandler(): (path: string, res: http.ServerResponse) => boolean {
  let bundle: Promise<string> | undefined;
  const dir = explorerSourceDir();
  const file = (name: string, type: string, res: http.ServerResponse) => {
    fs.readFile(path.join(dir, name), (err, data) => {
      if (err) res.writeHead(500, { 'content-type': 'text/plain' }).end(`explorer file missing: ${name}`);
      else res.writeHead(200, { 'content-type': type }).end(data);
    });
  };
  return (sub, res) => {
    if (sub === '' || sub === '/' || sub === '/index.html') file('index.html', 'text/html; charset=utf-8', res);
    else if (sub === '/style.css') file('style.css', 'text/css; charset=utf-8', res);
    else if (sub === '/app.js') {
      bundle ??= bundleExplorer(dir);
      bundle.then(
        (js) =>
          res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }).end(js),
        (err: Error) => {
          bundle = undefined;
          res.writeHead(500, { 'content-type': 'text/plain' }).end(`explorer bundle failed: ${err.message}`);
        },
      );
    } else return false;
    return true;
  };
}
