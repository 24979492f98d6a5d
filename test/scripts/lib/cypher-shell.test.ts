/** What an analyst types: statements split at `;`, cypher-shell's :param forms. */
import { isComplete, parseColonCommand, splitScript } from '../../../scripts/lib/cypher-shell/input';

describe('cypher shell input', () => {
  it('splits statements at semicolons outside strings and comments', () => {
    const script = `MATCH (n) RETURN 'a;b' AS s;\n// a comment; not a statement\nMATCH (m)\nRETURN m;`;
    expect(splitScript(script)).toEqual([
      { kind: 'cypher', text: "MATCH (n) RETURN 'a;b' AS s" },
      { kind: 'cypher', text: 'MATCH (m)\nRETURN m' },
    ]);
  });

  it('reads :param in cypher-shell syntax, as JSON, and as a bare word', () => {
    expect(parseColonCommand(':param limit => 5')).toEqual({ kind: 'param', name: 'limit', value: 5 });
    expect(parseColonCommand(':param id => person:jens-stoltenberg')).toEqual({
      kind: 'param',
      name: 'id',
      value: 'person:jens-stoltenberg',
    });
    expect(parseColonCommand(`:param name => 'NATO'`)).toEqual({ kind: 'param', name: 'name', value: 'NATO' });
    expect(parseColonCommand(':param {"a": 1, "b": ["x"]}')).toEqual([
      { kind: 'param', name: 'a', value: 1 },
      { kind: 'param', name: 'b', value: ['x'] },
    ]);
    expect(parseColonCommand(':params clear')).toEqual({ kind: 'params-clear' });
    expect(parseColonCommand(':param nonsense')).toMatchObject({ kind: 'error' });
    expect(parseColonCommand(':frobnicate')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining(':help'),
    });
  });

  it('keeps colon commands in scripts in order with the statements', () => {
    expect(splitScript(':param x => 1\nRETURN $x AS x;').map((c) => c.kind)).toEqual(['param', 'cypher']);
  });

  it('waits for the semicolon before running a statement typed over several lines', () => {
    expect(isComplete('MATCH (n)')).toBe(false);
    expect(isComplete('MATCH (n)\nRETURN n;')).toBe(true);
    expect(isComplete(':params')).toBe(true);
  });
});
