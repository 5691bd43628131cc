// A local stand-in for api.github.com that the bundled Action talks HTTP to
// (GITHUB_API_URL): every request is checked against GitHub's OpenAPI
// description, state lives as long as the server, failures can be armed.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type Outcome } from './app.js';
import { callerOf, DEFAULT_TOKENS, type Identity } from './auth.js';
import { graphql } from './graphql.js';
import { FaultControl } from './faults.js';
import { RateLimits } from './rate-limit.js';
import { Renderer } from './render.js';
import { GitHubState } from './state.js';

export interface GitHubServerOptions {
  /** Tokens besides DEFAULT_TOKENS (WRITE_TOKEN, READ_TOKEN): token -> identity. */
  tokens?: Record<string, Identity>;
  /** Base of html_url fields (default https://github.com). */
  htmlUrl?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON; the text when it is not JSON; undefined when empty. */
  body: unknown;
  /** The operation the request matched; null when none did (404). */
  operationId: string | null;
  /** Login of the token's identity; null when anonymous or unknown. */
  login: string | null;
  response: { status: number; headers: Record<string, string>; body: unknown };
}

export interface GitHubServer {
  /** http://127.0.0.1:<port>: GITHUB_API_URL for the Action. */
  url: string;
  state: GitHubState;
  faults: FaultControl;
  /** Every request, in arrival order, with the answer it got. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const state = new GitHubState();
  const tokens = { ...DEFAULT_TOKENS, ...options.tokens };
  for (const t of Object.values(tokens)) state.addUser({ login: t.login, id: t.id, type: t.type });
  const limits = new RateLimits();
  const faults = new FaultControl(limits);
  const requests: RecordedRequest[] = [];
  // Listen first: answers carry the server's own URL.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const app = createApp({ state, render: new Renderer(state, origin, options.htmlUrl ?? 'https://github.com'), faults, limits, tokens });

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void readText(req).then((text) => {
      const url = new URL(req.url ?? '/', origin);
      let outcome: Outcome;
      try {
        outcome = extra(state, tokens, req.method ?? 'GET', url, req.headers, text) ?? app({ method: req.method ?? 'GET', url, headers: req.headers, text });
      } catch (e) {
        // A bug of this server, not a GitHub answer: say so loudly.
        console.error('github-server:', e);
        outcome = { status: 500, headers: { 'content-type': 'application/json; charset=utf-8' }, body: { message: `github-server bug: ${String(e)}` }, operationId: null, login: null };
      }
      requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body: parseBody(text),
        operationId: outcome.operationId,
        login: outcome.login,
        response: { status: outcome.status, headers: outcome.headers, body: outcome.body },
      });
      write(res, outcome);
    }, () => res.destroy());
  });

  return {
    url: origin,
    state,
    faults,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** What is not in the REST description: POST /graphql, and the blob storage artifact downloads redirect to. */
function extra(state: GitHubState, tokens: Readonly<Record<string, Identity>>, method: string, url: URL, headers: IncomingHttpHeaders, text: string): Outcome | undefined {
  const json = { 'content-type': 'application/json; charset=utf-8' };
  if (method === 'POST' && url.pathname === '/graphql') {
    const caller = callerOf(headers.authorization, tokens);
    const reply = graphql(state, caller, text);
    return { status: reply.status, headers: json, body: reply.body, operationId: null, login: caller.kind === 'token' ? caller.identity.login : null };
  }
  const blob = /^\/_blobs\/artifacts\/(\d+)\.zip$/.exec(url.pathname);
  if (method === 'GET' && blob) {
    const artifact = [...state.allRuns()].flatMap((r) => r.artifacts).find((a) => a.id === Number(blob[1]));
    if (!artifact) return { status: 404, headers: json, body: { message: 'BlobNotFound' }, operationId: null, login: null };
    return { status: 200, headers: { 'content-type': 'application/zip' }, body: artifact.zip, operationId: null, login: null };
  }
  return undefined;
}

function readText(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function write(res: ServerResponse, outcome: Outcome): void {
  const data = outcome.body instanceof Uint8Array ? outcome.body : outcome.body === undefined ? '' : JSON.stringify(outcome.body);
  res.writeHead(outcome.status, { ...outcome.headers, 'content-length': String(Buffer.byteLength(data)) });
  res.end(data);
}
