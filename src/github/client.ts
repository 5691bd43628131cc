import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';

export type GitHub = ReturnType<typeof getOctokit>;

/** Retries before an API failure closes the gate (fail closed, never a silent pass). */
const RETRIES = 2;
/** Longest wait a rate limit may ask for before the run gives up on it. */
const MAX_RATE_LIMIT_WAIT_S = 60;

export interface ClientOptions {
  /** GITHUB_API_URL: GitHub Enterprise, or a test server. */
  baseUrl?: string;
  /**
   * Space writes a second apart and notifying writes three, as GitHub asks of integrations (the throttling plugin's
   * default). Off only against a local test server, where it is nothing but waiting.
   */
  pace?: boolean;
}

type Limiter = NonNullable<Extract<ThrottlingOptions, { onRateLimit: unknown }>['write']>;
/** The part of a limiter group the throttling plugin uses (`key(id).schedule`), running every job at once. */
const UNPACED = {
  key: () => ({ schedule: <A extends unknown[], R>(_options: unknown, job: (...args: A) => R, ...args: A) => Promise.resolve(job(...args)) }),
} as unknown as Limiter;

/**
 * An Octokit for the workflow's token that retries 5xx answers and waits out primary and secondary rate limits a
 * bounded number of times.
 */
export function createGitHub(token: string, log: (message: string) => void, options: ClientOptions = {}): GitHub {
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const again = retryCount < RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    log(`${kind} rate limit on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter}s` : 'giving up'}`);
    return again;
  };
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl ?? (process.env['GITHUB_API_URL'] || 'https://api.github.com'),
      retry: { retries: RETRIES, retryAfterBaseValue: 500 },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        ...(options.pace === false ? { write: UNPACED, notifications: UNPACED } : {}),
      },
    },
    retry,
    throttling,
  );
}
