/** The vocabulary every layer shares: entity kinds and their labels, relation types, id formats. */
export * from './entities';
export * from './ids';
export * from './relations';
