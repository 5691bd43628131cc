// POST /graphql, for the few documents Blastgate sends (GraphQL is not in the REST description). A document this
// server does not know is answered as GitHub answers a field it does not have: 200 with `errors`.
import type { Caller } from './auth.js';
import type { GitHubState } from './state.js';

export interface GraphQLReply {
  status: number;
  body: unknown;
}

export function graphql(state: GitHubState, caller: Caller, text: string): GraphQLReply {
  if (caller.kind !== 'token') return { status: 401, body: { message: 'This endpoint requires you to be authenticated.', documentation_url: 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql' } };
  let request: { query?: unknown; variables?: unknown };
  try {
    request = JSON.parse(text) as typeof request;
  } catch {
    return { status: 400, body: { message: 'Problems parsing JSON' } };
  }
  const query = typeof request.query === 'string' ? request.query.replace(/\s+/g, ' ').trim() : '';
  // The viewer: for an installation token, the app's bot account (GET /user refuses it, GraphQL answers).
  if (/^query(?: \w+)? ?\{ viewer \{ login databaseId \} \}$/.test(query)) {
    const user = state.user(caller.identity.login);
    return { status: 200, body: { data: { viewer: { login: user.login, databaseId: user.id } } } };
  }
  return { status: 200, body: { errors: [{ message: `this test server does not answer the document: ${query.slice(0, 120)}`, locations: [{ line: 1, column: 1 }] }] } };
}
