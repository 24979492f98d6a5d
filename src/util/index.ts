/** Small helpers with no home of their own: the project's root on disk, a seeded random generator. */
export { PROJECT_ROOT, projectPath } from './project-root';
export { seededRandom } from './seeded-random';
