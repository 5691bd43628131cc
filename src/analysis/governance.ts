import type { InputFinding } from '../model.js';

// Edits to what governs the gate itself: its policy, the workflows that run it, and who must review them.

export function governanceFindings(files: string[], policyPath: string): InputFinding[] {
  const edited = files.filter((f) => f === policyPath || f.startsWith('.github/workflows/') || f === '.github/CODEOWNERS');
  return edited.map((file) => ({
    code: 'policy-or-workflow-edited' as const,
    stake: { kind: 'code' as const },
    address: file,
    message: `${file} is edited by this PR: the gate's own policy or workflow changes, which needs a human's eye`,
  }));
}
