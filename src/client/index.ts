/** A typed client of the API: codegen's documents and one fetch-based request function. */
export { graphql } from './generated';
export { GraphQLRequestError, request } from './request';
