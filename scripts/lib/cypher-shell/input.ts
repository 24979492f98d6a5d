/**
 * What an analyst types into `npm run cypher`: statements ending in `;` (possibly over several
 * lines) and cypher-shell's colon commands (:param, :params, :help, :exit).
 */

export type ShellCommand =
  | { kind: 'cypher'; text: string }
  | { kind: 'param'; name: string; value: unknown }
  | { kind: 'params' }
  | { kind: 'params-clear' }
  | { kind: 'help' }
  | { kind: 'exit' }
  | { kind: 'error'; message: string };

/**
 * `:param name => value` (cypher-shell's syntax) or `:param {"a": 1, "b": "x"}`; values are JSON,
 * with bare words taken as strings so `:param id => person:jens-stoltenberg` works too.
 */
export function parseColonCommand(line: string): ShellCommand | ShellCommand[] {
  const trimmed = line.trim().replace(/;$/, '');
  const [head = '', ...rest] = trimmed.split(/\s+/);
  const arg = trimmed.slice(head.length).trim();
  switch (head.toLowerCase()) {
    case ':exit':
    case ':quit':
      return { kind: 'exit' };
    case ':help':
      return { kind: 'help' };
    case ':params':
      return rest[0]?.toLowerCase() === 'clear' ? { kind: 'params-clear' } : { kind: 'params' };
    case ':param': {
      if (arg.startsWith('{')) {
        const parsed = parseValue(arg);
        if (parsed === undefined || typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
          return { kind: 'error', message: ':param {…} needs a JSON object' };
        }
        return Object.entries(parsed).map(([name, value]) => ({ kind: 'param' as const, name, value }));
      }
      const m = /^([A-Za-z_][\w]*)\s*(?:=>|:|=)\s*(.+)$/.exec(arg);
      if (!m) return { kind: 'error', message: 'usage: :param name => value   or   :param {"name": value}' };
      return { kind: 'param', name: m[1]!, value: parseValue(m[2]!.trim()) };
    }
    default:
      return { kind: 'error', message: `unknown command ${head} (try :help)` };
  }
}

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // a bare word or a single-quoted Cypher string
    return text.replace(/^'(.*)'$/s, '$1');
  }
}

/** Splits a script into statements at `;` outside strings and comments; colon commands are their own lines. */
export function splitScript(script: string): ShellCommand[] {
  const out: ShellCommand[] = [];
  let buf = '';
  const flush = () => {
    if (buf.trim()) out.push({ kind: 'cypher', text: buf.trim() });
    buf = '';
  };
  for (const line of script.split('\n')) {
    if (!buf.trim() && line.trim().startsWith(':')) {
      const cmd = parseColonCommand(line);
      out.push(...(Array.isArray(cmd) ? cmd : [cmd]));
      continue;
    }
    let quote: string | null = null;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quote) {
        if (c === '\\') {
          buf += c + (line[++i] ?? '');
          continue;
        }
        if (c === quote) quote = null;
        buf += c;
      } else if (c === '/' && line[i + 1] === '/') {
        break;
      } else if (c === "'" || c === '"' || c === '`') {
        quote = c;
        buf += c;
      } else if (c === ';') {
        flush();
      } else buf += c;
    }
    buf += '\n';
  }
  flush();
  return out;
}

/** True when the lines typed so far end a statement (interactive mode runs it then). */
export function isComplete(text: string): boolean {
  const t = text.trim();
  return t.startsWith(':') || t.endsWith(';');
}
