/** The served schema keeps the public contract: nothing in it renamed, removed or changed. */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges } from 'graphql';
import { loadTypeDefs } from '../../src/api/schema';

const copy = path.resolve(__dirname, '../../schema/core.graphql');
const shared = path.resolve(__dirname, '../../../shared/contracts/graphql-core.graphql');

describe('GraphQL contract', () => {
  const served = buildSchema(loadTypeDefs());

  it('has no breaking change against the contract', () => {
    const contract = buildSchema(fs.readFileSync(copy, 'utf8'));
    expect(findBreakingChanges(contract, served)).toEqual([]);
  });

  (fs.existsSync(shared) ? it : it.skip)('keeps schema/core.graphql identical to the shared contract', () => {
    expect(fs.readFileSync(copy, 'utf8')).toBe(fs.readFileSync(shared, 'utf8'));
  });
});
