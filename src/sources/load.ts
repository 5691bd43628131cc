import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { InputError } from '../errors.js';
import { readError } from '../files.js';
import type { PlanInput, ReadStats, SourceRef } from '../model.js';
import { looksLikeChangeSet, readChangeSet } from './cloudformation/changeset.js';
import { looksLikeTerraformPlan, readTerraformPlan } from './terraform/plan.js';
import { JsonCursor, JsonSyntaxError, type ReadBytes } from './terraform/scan.js';
import { duplicateKeyError, duplicateTopLevelKey, streamTerraformPlan } from './terraform/stream.js';
import { decodeText, sniffEncoding, utf8Reader } from './encoding.js';
import { isRecord } from '../util/record.js';

// The file side of reading inputs. Small files are read whole and given to JSON.parse, the fastest way for them;
// plans from STREAM_FROM_BYTES on are streamed (sources/terraform/stream.ts), which needs a small fraction of the
// memory and has no limit on size. Both give the same report; the streamed input keeps less of unchanged resources.

/** Measured: below this, reading whole is as fast or faster (the scanner is not yet optimized by V8 then). */
export const STREAM_FROM_BYTES = 8 * 1024 * 1024;

export interface ReadOptions {
  /** Called as the file is read, with the bytes read so far and the file's size. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Streams (true) or reads whole (false) whatever the size; for tests and the benchmark. */
  stream?: boolean;
  /** The streaming reader's initial buffer, in bytes (it grows to hold the largest element). */
  bufferSize?: number;
}

const MB = 1024 * 1024;
/** Plans from this size on take long enough to read that progressLines says how far it has got. */
export const PROGRESS_FROM_BYTES = 64 * MB;
const PROGRESS_STEP = 100 * MB;

/**
 * An onProgress for long reads: `say` gets a line at every 100 MB and one at the end, for plans from
 * PROGRESS_FROM_BYTES on (smaller ones say nothing). The CLI writes them to stderr, the Action to its log.
 */
export function progressLines(path: string, say: (line: string) => void): NonNullable<ReadOptions['onProgress']> {
  let next = PROGRESS_STEP;
  let done = false;
  return (read, total) => {
    if (total < PROGRESS_FROM_BYTES || done || (read < next && read < total)) return;
    done = read >= total;
    next = (Math.floor(read / PROGRESS_STEP) + 1) * PROGRESS_STEP;
    say(`reading ${path}: ${Math.round(read / MB)} of ${Math.round(total / MB)} MB (${Math.floor((read / total) * 100)}%)`);
  };
}

export type PlanRead = PlanInput & { read: ReadStats };


interface OpenFile {
  fd: number;
  size: number;
}

/** Opens a user's file; reading a directory fails with EISDIR, said as files.ts says it. */
function openInput(path: string): OpenFile {
  try {
    const fd = openSync(path, 'r');
    return { fd, size: fstatSync(fd).size };
  } catch (error) {
    throw readError(path, error);
  }
}

function fileReader(file: OpenFile, path: string, onProgress?: ReadOptions['onProgress']): ReadBytes {
  return (buffer, offset, length, position) => {
    let n: number;
    try {
      n = readSync(file.fd, buffer, offset, length, position);
    } catch (error) {
      throw readError(path, error);
    }
    onProgress?.(position + n, file.size);
    return n;
  };
}

/** Line and column (in bytes) of a byte offset, counted by reading the file up to it. */
function lineAndColumn(read: ReadBytes, offset: number): string {
  const chunk = Buffer.allocUnsafe(1 << 20);
  let line = 1;
  let lineStart = 0;
  for (let at = 0; at < offset; ) {
    const n = read(chunk, 0, Math.min(chunk.length, offset - at), at);
    if (n === 0) break;
    for (let i = chunk.indexOf(0x0a); i >= 0 && i < n; i = chunk.indexOf(0x0a, i + 1)) {
      line++;
      lineStart = at + i + 1;
    }
    at += n;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** The InputError for a JSON error at a byte offset: truncation said as such, otherwise where the bad byte is. */
function jsonError(path: string, error: JsonSyntaxError, read: ReadBytes): InputError {
  if (error.truncated) return new InputError(path, `is not complete JSON (truncated?): ${error.message}`);
  return new InputError(path, `is not valid JSON: ${error.message} (${lineAndColumn(read, error.offset)})`);
}

/** Runs `scan` over the input with a cursor, turning JSON errors into InputErrors located with `locate`. */
function withCursor<T>(path: string, read: ReadBytes, scan: (cursor: JsonCursor) => T, locate = read, bufferSize?: number): T {
  try {
    const cursor = new JsonCursor(read, bufferSize);
    if (cursor.peek() < 0) throw new InputError(path, 'is empty');
    return scan(cursor);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw jsonError(path, error, locate);
    throw error;
  }
}

/**
 * Reads a file whole and parses it. `inspect` may look at the parsed document with a reader of its UTF-8 bytes
 * (a plan's top-level keys, which JSON.parse de-duplicates).
 */
function readWhole(file: OpenFile, path: string, onProgress?: ReadOptions['onProgress'], inspect?: (doc: unknown, bytes: ReadBytes) => void): unknown {
  const read = fileReader(file, path);
  let bytes: Buffer;
  let filled = 0;
  let text: string;
  try {
    bytes = Buffer.allocUnsafe(file.size);
    for (let n; filled < file.size && (n = read(bytes, filled, file.size - filled, filled)) > 0; ) filled += n;
    text = decodeText(bytes.subarray(0, filled));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, `is too big (${file.size} bytes) to read whole; only Terraform plans are read in parts`);
  }
  onProgress?.(filled, file.size);
  if (text.trim() === '') throw new InputError(path, 'is empty');
  const utf8 = (): void => {
    if (sniffEncoding(bytes.subarray(0, Math.min(3, filled))).skip > 0) {
      bytes = Buffer.from(text, 'utf8');
      filled = bytes.length;
    }
  };
  const memory: ReadBytes = (buffer, offset, length, position) => bytes.copy(buffer, offset, position, Math.min(filled, position + length));
  let doc: unknown;
  try {
    doc = JSON.parse(text) as unknown;
  } catch (error) {
    // The byte scanner says where and what, as it does for streamed plans; JSON.parse's word is the fallback.
    utf8();
    withCursor(path, memory, (cursor) => {
      cursor.skipValue();
      cursor.finish();
    });
    throw new InputError(path, `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (inspect) {
    utf8();
    inspect(doc, memory);
  }
  return doc;
}

/** Reads and parses a JSON input file; bad JSON is an InputError naming the byte. */
export function parseJsonFile(path: string): unknown {
  const file = openInput(path);
  try {
    return readWhole(file, path);
  } finally {
    closeSync(file.fd);
  }
}

/** A plan read whole is refused for a top-level key it has twice, as the streaming reader refuses it. */
function refuseDuplicateKeys(path: string): (doc: unknown, bytes: ReadBytes) => void {
  return (doc, bytes) => {
    if (!looksLikeTerraformPlan(doc)) return;
    const duplicate = duplicateTopLevelKey(new JsonCursor(bytes));
    if (duplicate !== undefined) throw duplicateKeyError(path, duplicate);
  };
}

/** Tells the format of a parsed document apart by content. */
function readDocument(doc: unknown, source: SourceRef): PlanInput {
  const { path } = source;
  if (looksLikeTerraformPlan(doc)) return readTerraformPlan(doc, source);
  if (looksLikeChangeSet(doc)) return readChangeSet(doc, { path, format: 'cloudformation-changeset' });
  if (isRecord(doc) && isRecord(doc['values']) && !('planned_values' in doc)) {
    throw new InputError(path, 'is Terraform state, not a plan (run `terraform show -json PLANFILE`)');
  }
  throw new InputError(path, 'is JSON but not a Terraform plan (`terraform show -json PLANFILE`) or a CloudFormation change set (`aws cloudformation describe-change-set`)');
}

/** Reads one positional PLAN input, with its size and how long reading took. */
export function readPlan(path: string, options: ReadOptions = {}): PlanRead {
  const started = performance.now();
  const source: SourceRef = { path, format: 'terraform-plan' };
  const file = openInput(path);
  try {
    const stream = options.stream ?? file.size >= STREAM_FROM_BYTES;
    const streamed = stream
      ? withCursor(
          path,
          utf8Reader(fileReader(file, path, options.onProgress)),
          (cursor) => streamTerraformPlan(cursor, source),
          utf8Reader(fileReader(file, path)),
          options.bufferSize,
        )
      : undefined;
    // A big JSON file that is not a plan is read whole, as any other format is.
    const input = streamed ?? readDocument(readWhole(file, path, options.onProgress, refuseDuplicateKeys(path)), source);
    return { ...input, read: { bytes: file.size, durationMs: performance.now() - started } };
  } finally {
    closeSync(file.fd);
  }
}

/** Reads one positional PLAN input, telling the format apart by content. */
export function readPlanFile(path: string): PlanInput {
  return readPlan(path);
}
