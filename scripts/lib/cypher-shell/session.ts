/** One shell session: the parameters set so far and how statements are run and printed. */
import { cypher, cypherValue, show, type GraphClient } from '../../../src/graph';
import type { ShellCommand } from './input';
import { renderJsonLines, renderTable } from './render';

export const HELP = `Type Cypher ending with ; (several lines are fine).
  :param name => value    set a parameter ($name); value is JSON or a bare word
  :param {"a": 1}         set several
  :params                 list parameters      :params clear   forget them
  :help                   this text            :exit           leave (or Ctrl-D)
Statements run in read transactions unless the shell was started with --write.`;

export interface ShellOptions {
  mode: 'READ' | 'WRITE';
  format: 'table' | 'json';
  print(text: string): void;
}

export class ShellSession {
  readonly params: Record<string, unknown> = {};
  constructor(
    private readonly graph: GraphClient,
    private readonly options: ShellOptions,
  ) {}

  /** Runs one command; returns false for :exit. Cypher errors are thrown to the caller. */
  async run(cmd: ShellCommand): Promise<boolean> {
    const { print } = this.options;
    switch (cmd.kind) {
      case 'exit':
        return false;
      case 'help':
        print(HELP);
        return true;
      case 'params':
        print(
          Object.keys(this.params).length
            ? Object.entries(this.params)
                .map(([k, v]) => `:param ${k} => ${show(v)}`)
                .join('\n')
            : 'no parameters',
        );
        return true;
      case 'params-clear':
        for (const k of Object.keys(this.params)) delete this.params[k];
        return true;
      case 'param':
        this.params[cmd.name] = cypherValue(cmd.value);
        return true;
      case 'error':
        throw new Error(cmd.message);
      case 'cypher': {
        const res = await this.graph.execute(cypher(cmd.text, { ...this.params }), this.options.mode);
        if (this.options.format === 'json') {
          if (res.rows.length) print(renderJsonLines(res.keys, res.rows));
          return true;
        }
        if (res.rows.length) print(renderTable(res.keys, res.rows));
        const changes = Object.entries(res.counters).map(([k, v]) => `${k}: ${v}`);
        print(
          `${res.rows.length} ${res.rows.length === 1 ? 'row' : 'rows'}${changes.length ? `, ${changes.join(', ')}` : ''} (${Math.round(res.ms)} ms)`,
        );
        return true;
      }
    }
  }
}
