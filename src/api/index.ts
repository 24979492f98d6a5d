/** The GraphQL API: Apollo Server over the graph layer, with /explore, /metrics and the health routes. */
export { armor, startServer, type RunningServer } from './server';
export { loadTypeDefs } from './schema';
export { bundleExplorer, explorerSourceDir } from './explorer-route';
