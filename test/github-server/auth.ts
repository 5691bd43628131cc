// Tokens and the identities behind them; GitHub App permissions as GitHub applies them.

export type PermissionScope = 'pull_requests' | 'issues' | 'statuses' | 'contents' | 'members' | 'metadata' | 'actions';
export type Access = 'read' | 'write';
export type Permissions = Partial<Record<PermissionScope, Access>>;

export interface Identity {
  login: string;
  id: number;
  type: 'User' | 'Bot';
  /**
   * An installation token (GITHUB_TOKEN, a GitHub App's): limited to
   * `permissions`, and GET /user is 403. Otherwise a user's token, allowed everything.
   */
  installation?: boolean;
  permissions?: Permissions;
  /** x-ratelimit-limit of the token (GitHub: 5000 an hour for most tokens). */
  rateLimit?: number;
}

export const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' } as const;

/** The GITHUB_TOKEN of a same-repository pull_request run given the permissions the gate asks for. */
export const WRITE_TOKEN = 'ghs_blastgateWriteToken0000000000000001';
/** The GITHUB_TOKEN of a pull_request run from a fork: read-only whatever the workflow asks for. */
export const READ_TOKEN = 'ghs_blastgateReadOnlyToken000000000002';

export const DEFAULT_TOKENS: Readonly<Record<string, Identity>> = {
  [WRITE_TOKEN]: {
    ...ACTIONS_BOT,
    installation: true,
    permissions: { pull_requests: 'write', issues: 'write', statuses: 'write', contents: 'read', metadata: 'read', actions: 'read' },
  },
  [READ_TOKEN]: {
    ...ACTIONS_BOT,
    installation: true,
    permissions: { pull_requests: 'read', issues: 'read', statuses: 'read', contents: 'read', metadata: 'read', actions: 'read' },
  },
};

export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'bad-credentials' }
  | { kind: 'token'; token: string; identity: Identity };

/** `Authorization: token X` or `Bearer X`, as Octokit and curl send it. */
export function callerOf(authorization: string | undefined, tokens: Readonly<Record<string, Identity>>): Caller {
  if (!authorization) return { kind: 'anonymous' };
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization.trim());
  const identity = m?.[1] === undefined ? undefined : tokens[m[1]];
  return m?.[1] !== undefined && identity ? { kind: 'token', token: m[1], identity } : { kind: 'bad-credentials' };
}

/** Alternatives: holding any one of them is enough (PR comments: issues or pull_requests write). */
export type Requirement = ReadonlyArray<readonly [PermissionScope, Access]>;

export function allows(identity: Identity, requirement: Requirement): boolean {
  if (!identity.installation) return true;
  return requirement.some(([scope, access]) => {
    const held = identity.permissions?.[scope];
    return held === 'write' || (held === 'read' && access === 'read');
  });
}
