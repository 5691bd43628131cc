import { closeSync, openSync, readSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { AnalyzeArgs } from './args.js';

// The first mistakes people make, answered in the same one line: the plan given as text or as a binary planfile,
// a git range without the folder the configuration lives in.

const SHOW_JSON = 'run `terraform show -json PLANFILE > plan.json` and give plan.json';

/** The first bytes of a file, or nothing when it cannot be read. */
function head(path: string, bytes = 4096): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0));
  } catch {
    return Buffer.alloc(0);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** What a file that is not a JSON plan most likely is, when it is one of the usual mix-ups. */
export function planMixUp(start: Buffer): string | undefined {
  // A saved plan (`terraform plan -out`) is a zip archive.
  if (start.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return `is a binary Terraform planfile, not its JSON: ${SHOW_JSON}`;
  const text = start.toString('utf8').replaceAll('\u001b[', '');
  if (/Terraform (will perform|used the selected providers)|OpenTofu (will perform|used the selected providers)|^No changes\.|^\s*# \S+ (will|must) be /m.test(text)) {
    return `is the text output of \`terraform plan\` or \`terraform show\`, not JSON: ${SHOW_JSON}`;
  }
  return undefined;
}

/** The error with a hint added where the mistake is a known one; otherwise the error as it was. */
export function refineInputError(error: InputError, args: AnalyzeArgs): InputError {
  if (args.plans.includes(error.file) && /not valid JSON|is empty|not a plan/i.test(error.detail)) {
    const mixUp = planMixUp(head(error.file));
    if (mixUp) return new InputError(error.file, mixUp);
  }
  if (args.tf && 'diff' in args.tf && args.tf.dir === '.' && /holds no \.tf files/.test(error.detail)) {
    return new InputError(error.file, `${error.detail}: add --tf-dir DIR, the folder of the configuration inside the repository (for example --tf-dir infra)`);
  }
  return error;
}
