import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHub = ReturnType<typeof getOctokit>;

/** Retries before an API failure closes the gate (fail closed, never a silent pass). */
const RETRIES = 2;
/** Longest wait a rate limit may ask for before the run gives up on it. */
const MAX_RATE_LIMIT_WAIT_S = 60;

/**
 * An Octokit for the workflow's token, on GITHUB_API_URL (GitHub Enterprise, or a test server), that retries
 * 5xx answers and waits out primary and secondary rate limits a bounded number of times.
 */
export function createGitHub(token: string, log: (message: string) => void): GitHub {
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const again = retryCount < RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    log(`${kind} rate limit on ${options.method} ${options.url}: ${again ? `retrying in ${retryAfter}s` : 'giving up'}`);
    return again;
  };
  return getOctokit(
    token,
    {
      retry: { retries: RETRIES, retryAfterBaseValue: 500 },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    },
    retry,
    throttling,
  );
}
