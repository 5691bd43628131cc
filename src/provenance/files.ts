// The I/O edge of provenance: `--event FILE --commits FILE` read from disk, errors as InputError.
import { InputError } from '../errors.js';
import { readJsonFile } from '../files.js';
import { detectProvenance } from './detect.js';
import { PayloadError } from './payload.js';
import { DEFAULT_PROVENANCE_SETTINGS, type ProvenanceSettings } from './settings.js';
import type { ProvenanceResult } from './types.js';

/** One page (an array of commits), or `gh api --paginate --slurp`'s array of pages. */
function commitList(data: unknown, path: string): unknown[] {
  if (!Array.isArray(data)) throw new InputError(path, 'not a list of commits: expected the JSON array of GET /repos/{owner}/{repo}/pulls/{number}/commits');
  return data.every((page) => Array.isArray(page)) ? (data as unknown[][]).flat() : data;
}

/** Reads a pull_request (or pull_request_review) event file and, optionally, the PR's commits file. */
export function readProvenanceFiles(eventPath: string, commitsPath?: string, settings: ProvenanceSettings = DEFAULT_PROVENANCE_SETTINGS): ProvenanceResult {
  const event = readJsonFile(eventPath);
  const commits = commitsPath === undefined ? undefined : commitList(readJsonFile(commitsPath), commitsPath);
  try {
    return detectProvenance(event, commits, settings);
  } catch (error) {
    if (!(error instanceof PayloadError)) throw error;
    throw new InputError(error.part === 'event' ? eventPath : (commitsPath ?? eventPath), error.message);
  }
}
