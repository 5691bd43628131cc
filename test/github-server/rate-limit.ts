// The primary rate limit: a budget of requests per token per hour, reported
// in x-ratelimit-* headers on every answer and by GET /rate_limit.
import type { Caller } from './auth.js';
import { ApiError } from './errors.js';

export const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';
const ANONYMOUS_LIMIT = 60;
const TOKEN_LIMIT = 5000;
const WINDOW_SECONDS = 3600;

export interface RateWindow {
  limit: number;
  used: number;
  remaining: number;
  /** Epoch seconds when the budget refills. */
  reset: number;
}

export class RateLimits {
  private readonly windows = new Map<string, { used: number; reset: number }>();
  private exhaustedUntil: number | undefined;

  /** Spends the budget of every token until `resetIn` seconds from now, as if it had been used up. */
  exhaust(resetIn: number): void {
    this.exhaustedUntil = Date.now() + resetIn * 1000;
  }

  clear(): void {
    this.exhaustedUntil = undefined;
  }

  /** The caller's window without spending from it (GET /rate_limit costs nothing). */
  peek(caller: Caller, now = Date.now()): RateWindow {
    const limit = limitOf(caller);
    if (this.exhaustedUntil !== undefined && now < this.exhaustedUntil) {
      return { limit, used: limit, remaining: 0, reset: Math.ceil(this.exhaustedUntil / 1000) };
    }
    const w = this.current(caller, now);
    return { limit, used: w.used, remaining: Math.max(0, limit - w.used), reset: w.reset };
  }

  /** Spends one request; the window as it stands afterwards. */
  spend(caller: Caller, now = Date.now()): RateWindow {
    const before = this.peek(caller, now);
    if (before.remaining === 0) return before;
    this.current(caller, now).used++;
    return this.peek(caller, now);
  }

  private current(caller: Caller, now: number): { used: number; reset: number } {
    const key = caller.kind === 'token' ? caller.token : 'anonymous';
    let w = this.windows.get(key);
    if (!w || now >= w.reset * 1000) {
      w = { used: 0, reset: Math.floor(now / 1000) + WINDOW_SECONDS };
      this.windows.set(key, w);
    }
    return w;
  }
}

function limitOf(caller: Caller): number {
  return caller.kind === 'token' ? (caller.identity.rateLimit ?? TOKEN_LIMIT) : ANONYMOUS_LIMIT;
}

export function rateLimitHeaders(w: RateWindow): Record<string, string> {
  return {
    'x-ratelimit-limit': String(w.limit),
    'x-ratelimit-remaining': String(w.remaining),
    'x-ratelimit-reset': String(w.reset),
    'x-ratelimit-used': String(w.used),
    'x-ratelimit-resource': 'core',
  };
}

/** GitHub's answer once the budget is spent: 403, remaining 0, reset in the headers. */
export function rateLimitExceeded(caller: Caller): ApiError {
  const who =
    caller.kind !== 'token'
      ? "127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)"
      : caller.identity.installation
        ? `installation ID ${installationId(caller.identity.id)}.`
        : `user ID ${caller.identity.id}.`;
  return new ApiError(403, `API rate limit exceeded for ${who}`, RATE_LIMIT_DOCS);
}

/** A stable, plausible installation id for a bot identity. */
function installationId(botId: number): number {
  return 40_000_000 + (botId % 10_000_000);
}
