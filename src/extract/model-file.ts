/**
 * A trained model read lazily from its file and kept, once per setting (src/config): 'default' for
 * the file shipped in the checkout, 'off' for none, or another file's path. A missing file is no
 * model, so a checkout without one still extracts, by the rules alone.
 */
import fs from 'node:fs';

export function modelLoader<T>(setting: () => string, defaultPath: string, load: (file: string) => T): () => T | null {
  let cached: { setting: string; model: T | null } | null = null;
  return () => {
    const now = setting();
    if (cached?.setting === now) return cached.model;
    const file = now === 'default' ? defaultPath : now;
    const model = now === 'off' || !fs.existsSync(file) ? null : load(file);
    cached = { setting: now, model };
    return model;
  };
}
