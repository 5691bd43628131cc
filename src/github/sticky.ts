import { readState, type GateState } from '../gate/state.js';

// The one PR comment Blastgate keeps, updated in place. It carries, hidden, the state a later run needs when
// it has no plan (a pull_request_review event): the verdict bound to the head commit it was computed for. The
// state is display only unless its keyed fingerprint verifies (src/gate/state.ts).

export const MARKER = '<!-- blastgate:sticky -->';
const STATE = /<!-- blastgate:state ([A-Za-z0-9+/=]+) -->/;
const FINGERPRINT = /<!-- blastgate:fingerprint ([0-9a-f]{64}) -->/;
const REPORT_START = '<!-- blastgate:report -->';
/** GitHub refuses comment bodies above 65,536 characters; keep a margin for the status section. */
export const MAX_BODY = 65_000;

export interface StickyParts {
  state?: GateState;
  /** The keyed fingerprint of the state, when the workflow gave a key. */
  fingerprint?: string;
  /** The report as rendered for the head commit the state names. */
  report: string;
}

function encode(state: GateState): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64');
}

/** The parts of a sticky comment found on `where` (owner/name and PR number); a state is checked against its schema. */
export function parseSticky(body: string, where: { repo: string; pr: number }): StickyParts | undefined {
  if (!body.startsWith(MARKER)) return undefined;
  const match = STATE.exec(body);
  let state: GateState | undefined;
  if (match?.[1]) {
    try {
      state = readState(JSON.parse(Buffer.from(match[1], 'base64').toString('utf8')), where);
    } catch {
      state = undefined;
    }
  }
  const start = body.indexOf(REPORT_START);
  const fingerprint = FINGERPRINT.exec(body)?.[1];
  return {
    ...(state ? { state } : {}),
    ...(fingerprint ? { fingerprint } : {}),
    report: start < 0 ? '' : body.slice(start + REPORT_START.length).trim(),
  };
}

/** The comment body: marker, hidden state, then the report with the gate's status in it, trimmed to GitHub's limit. */
export function renderSticky(state: GateState, report: string, summaryUrl: string, fingerprint?: string): string {
  const signed = fingerprint ? `<!-- blastgate:fingerprint ${fingerprint} -->\n` : '';
  const head = `${MARKER}\n<!-- blastgate:state ${encode(state)} -->\n${signed}${REPORT_START}\n`;
  const room = MAX_BODY - head.length;
  if (report.length <= room) return `${head}${report}`;
  const note = `\n\n…the report is longer than a PR comment can hold: the whole report is in the [job summary](${summaryUrl}), and as JSON in the run's report (the \`report-path\` output).\n`;
  const cut = report.lastIndexOf('\n', room - note.length - 40);
  return `${head}${closeOpenBlocks(report.slice(0, cut > 0 ? cut : room - note.length - 40))}${note}`;
}

/** A cut report must not leave a code fence or a folded section open around the note that follows it. */
function closeOpenBlocks(text: string): string {
  let closed = text;
  if ((text.match(/^```/gm) ?? []).length % 2 === 1) closed += '\n```';
  const open = (text.match(/<details>/g) ?? []).length - (text.match(/<\/details>/g) ?? []).length;
  return closed + '\n\n</details>'.repeat(Math.max(0, open));
}
