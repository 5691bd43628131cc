// Failures a test arms before running the Action: server errors, rate limits,
// each for the next n requests or until cleared, optionally for one route.
import { STATUS_CODES } from 'node:http';
import type { RateLimits } from './rate-limit.js';
import { matchesTemplate } from './router.js';

export interface FaultScope {
  /** Only requests with this method (any case). */
  method?: string;
  /** Only requests to this path: a concrete path, an OpenAPI template ('/repos/{owner}/{repo}/statuses/{sha}') or a RegExp. */
  path?: string | RegExp;
}

export interface FaultAnswer {
  status: number;
  /** JSON body; a function receives the request id. Default: { message } from the status. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type Fault = FaultAnswer & FaultScope;

export const SECONDARY_RATE_LIMIT_DOCS =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

interface Armed {
  fault: Fault;
  remaining: number;
}

export class FaultControl {
  private armed: Armed[] = [];

  constructor(private readonly limits: RateLimits) {}

  /** The next `n` matching requests get this answer; nothing else happens to them. */
  next(n: number, fault: Fault): void {
    this.armed.push({ fault, remaining: n });
  }

  /** Every matching request gets this answer until clear(): a persistent failure. */
  always(fault: Fault): void {
    this.armed.push({ fault, remaining: Infinity });
  }

  /**
   * primary (default): every token's budget is spent until `resetIn` seconds
   * from now (403, x-ratelimit-remaining 0, x-ratelimit-reset). primary false:
   * a secondary rate limit, as secondaryRateLimit().
   */
  rateLimit(options: { primary?: boolean; resetIn?: number; retryAfter?: number } = {}): void {
    if (options.primary === false) this.secondaryRateLimit({ retryAfter: options.retryAfter });
    else this.limits.exhaust(options.resetIn ?? 1);
  }

  /** The next `times` (default 1) matching requests: GitHub's secondary-rate-limit answer with retry-after. */
  secondaryRateLimit(options: { retryAfter?: number; status?: 403 | 429; times?: number } & FaultScope = {}): void {
    const { retryAfter = 1, status = 403, times = 1, ...scope } = options;
    this.next(times, {
      ...scope,
      status,
      headers: { 'retry-after': String(retryAfter) },
      body: (requestId: string) => ({
        message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        documentation_url: SECONDARY_RATE_LIMIT_DOCS,
        status: String(status),
      }),
    });
  }

  /** Disarms everything, including a spent primary budget. */
  clear(): void {
    this.armed = [];
    this.limits.clear();
  }

  /** The answer for this request if a fault is armed for it; uses up one of its requests. */
  take(method: string, pathname: string, requestId: string): { status: number; body: unknown; headers?: Record<string, string> } | undefined {
    const hit = this.armed.find((a) => a.remaining > 0 && applies(a.fault, method, pathname));
    if (!hit) return undefined;
    hit.remaining--;
    this.armed = this.armed.filter((a) => a.remaining > 0);
    const { status, body, headers } = hit.fault;
    return {
      status,
      headers,
      body: typeof body === 'function' ? (body as (id: string) => unknown)(requestId) : (body ?? { message: STATUS_CODES[status] ?? 'Error' }),
    };
  }
}

function applies(fault: FaultScope, method: string, pathname: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method) return false;
  if (fault.path instanceof RegExp) return fault.path.test(pathname);
  return fault.path === undefined || matchesTemplate(fault.path, pathname);
}
