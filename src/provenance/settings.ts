// The policy's `provenance:` settings. Defined here, beside the code that reads them; the policy
// loader fills them in from .github/blastgate.yml.

export interface ProvenanceSettings {
  /** The team's own agent accounts: numeric GitHub ids (preferred: they never change) or logins. */
  accounts: (number | string)[];
  /** Commit author, committer and Co-authored-by addresses of the team's own agents, matched exactly. */
  emails: string[];
  /** PR labels that mark the PR AI-authored. A label can close the gate, never open it. */
  labels: string[];
  /** Automation bots (dependabot, renovate, github-actions, …) count as AI authors. */
  automationIsAi: boolean;
  /** AI assistance on a human's commit (an accepted Copilot suggestion or Autofix) counts as AI authorship. */
  assistanceIsAi: boolean;
  /** A known agent branch prefix alone makes the PR AI-authored (it is typed by hand too). */
  branchPrefixIsEnough: boolean;
}

export const DEFAULT_PROVENANCE_SETTINGS: ProvenanceSettings = {
  accounts: [],
  emails: [],
  labels: ['ai-generated', 'ai-authored'],
  automationIsAi: false,
  assistanceIsAi: false,
  branchPrefixIsEnough: false,
};
