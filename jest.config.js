/**
 * Three tiers, as jest projects (`npm test` runs all three, as CI does):
 *  - unit: pure code, no database (`npm run test:unit`, no Java process started);
 *  - cypher: snapshots of every generated Cypher statement with its parameters, no database
 *    (`*.cypher.test.ts`, in the style of @neo4j/graphql's TCK);
 *  - integration: the real Neo4j and HTTP server (`*.integration.test.ts`, `npm run test:integration`).
 * @type {import('jest').Config}
 */
const base = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
};

module.exports = {
  // Integration suites share one Neo4j and clean it per suite: run them one at a time.
  maxWorkers: 1,
  testTimeout: 60_000,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['\\.integration\\.test\\.ts$', '\\.cypher\\.test\\.ts$'],
    },
    { ...base, displayName: 'cypher', testMatch: ['<rootDir>/test/**/*.cypher.test.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.integration.test.ts'],
      globalSetup: '<rootDir>/test/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
    },
  ],
};
