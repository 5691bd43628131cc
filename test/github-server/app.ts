// One request, start to finish, in the order GitHub answers: armed faults,
// credentials, route, rate limit, repository, permissions, schema, handler.
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { allows, callerOf, type Caller, type Identity } from './auth.js';
import { description, type OperationSpec } from './description.js';
import { ApiError, notAccessible, notFound, REST_DOCS, validationFailed } from './errors.js';
import type { FaultControl } from './faults.js';
import { HANDLERS, type Handler, type Reply } from './handlers.js';
import { rateLimitExceeded, rateLimitHeaders, type RateLimits, type RateWindow } from './rate-limit.js';
import type { Renderer } from './render.js';
import { createRouter, type Router } from './router.js';
import type { GitHubState } from './state.js';
import { checkBody, checkPath, checkQuery } from './validator.js';

export interface Incoming {
  method: string;
  /** On the server's origin. */
  url: URL;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface Outcome {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  operationId: string | null;
  login: string | null;
}

export interface AppDeps {
  state: GitHubState;
  render: Renderer;
  faults: FaultControl;
  limits: RateLimits;
  tokens: Readonly<Record<string, Identity>>;
}

const BASE_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'x-github-api-version-selected': '2022-11-28',
  'x-github-media-type': 'github.v3; format=json',
  'x-content-type-options': 'nosniff',
  server: 'github.com',
};

/** Like GitHub's: five hex groups, e.g. C9C4:3A3C:1A2B3C4:1B2C3D4:65F1A2B3. */
function requestId(): string {
  return [4, 4, 7, 7, 8].map((n) => randomBytes(4).toString('hex').slice(0, n).toUpperCase()).join(':');
}

export function createApp(deps: AppDeps): (incoming: Incoming) => Outcome {
  const operations = description().operations;
  for (const op of operations) if (!HANDLERS[op.operationId]) throw new Error(`no handler for ${op.operationId}`);
  const router: Router = createRouter(operations);

  return (incoming) => {
    const id = requestId();
    const caller = callerOf(incoming.headers.authorization, deps.tokens);
    const login = caller.kind === 'token' ? caller.identity.login : null;
    const match = router(incoming.method, incoming.url.pathname);
    const operationId = match?.operation.operationId ?? null;
    const send = (reply: Reply, rate: RateWindow): Outcome => ({
      status: reply.status,
      headers: { ...BASE_HEADERS, ...rateLimitHeaders(rate), 'x-github-request-id': id, ...reply.headers },
      body: reply.body,
      operationId,
      login,
    });
    const error = (e: ApiError, rate: RateWindow): Outcome => send({ status: e.status, body: e.body, headers: e.headers }, rate);

    const fault = deps.faults.take(incoming.method, incoming.url.pathname, id);
    if (fault) return send(fault, deps.limits.peek(caller));
    if (caller.kind === 'bad-credentials') return error(new ApiError(401, 'Bad credentials', REST_DOCS), deps.limits.peek({ kind: 'anonymous' }));

    const handler = match ? HANDLERS[match.operation.operationId] : undefined;
    if (!handler?.free && deps.limits.peek(caller).remaining === 0) return error(rateLimitExceeded(caller), deps.limits.peek(caller));
    const rate = handler?.free ? deps.limits.peek(caller) : deps.limits.spend(caller);
    if (!match || !handler) return error(notFound(REST_DOCS), rate);

    try {
      return send(handle(deps, match.operation, handler, match.params, caller, incoming, rate), rate);
    } catch (e) {
      if (e instanceof ApiError) return error(e, rate);
      throw e;
    }
  };
}

function handle(deps: AppDeps, op: OperationSpec, handler: Handler, rawParams: Record<string, string>, caller: Caller, incoming: Incoming, rate: RateWindow): Reply {
  const docs = op.documentationUrl;
  // A path parameter of the wrong type matches no route on GitHub: 404, not 422.
  const params = checkPath(op, rawParams);
  if (!params) throw notFound(docs);
  const hasRepo = 'owner' in params && 'repo' in params;
  const repo = hasRepo ? deps.state.findRepo(String(params['owner']), String(params['repo'])) : undefined;
  // GitHub hides a private repository from those who may not see it.
  if (hasRepo && (!repo || (repo.private && caller.kind === 'anonymous'))) throw notFound(docs);
  if (handler.write && caller.kind === 'anonymous') throw new ApiError(401, 'Requires authentication', docs);
  if (caller.kind === 'token' && handler.needs && !allows(caller.identity, handler.needs)) throw notAccessible(docs);

  const query = checkQuery(op, incoming.url.searchParams, handler.resource);
  if (!query.ok) throw validationFailed(docs, query.errors);
  let json: unknown;
  if (op.requestBody && incoming.text.trim() !== '') {
    try {
      json = JSON.parse(incoming.text);
    } catch {
      throw new ApiError(400, 'Problems parsing JSON', docs);
    }
  }
  const body = checkBody(op, json, handler.resource);
  if (!body.ok) throw validationFailed(docs, body.errors);

  return handler.handle({ params, query: query.value, body: body.value, caller, repo, url: incoming.url, docs, state: deps.state, render: deps.render, rate });
}
