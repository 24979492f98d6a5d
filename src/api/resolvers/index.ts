import type { Resolvers } from '../generated/resolvers-types';
import { health } from './health';

export const resolvers: Resolvers = {
  Query: { health },
};
