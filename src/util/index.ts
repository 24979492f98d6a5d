/** Small helpers with no home of their own: the project's root on disk, a seeded random generator, a bounded memo. */
export { PROJECT_ROOT, projectPath } from './project-root';
export { boundedMemo } from './bounded-memo';
export { seededRandom } from './seeded-random';
