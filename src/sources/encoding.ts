import type { ReadBytes } from './terraform/scan.js';

// Text encodings a user's JSON can come in. Windows PowerShell 5.1 writes `terraform show -json > plan.json` as
// UTF-16LE with a byte-order mark, and many editors put a UTF-8 byte-order mark first; both are read as UTF-8
// without the mark. Anything else is read as UTF-8.

export type Encoding = { name: 'utf-8'; skip: number } | { name: 'utf-16le' | 'utf-16be'; skip: 2 };

/** The encoding a file's first bytes announce. */
export function sniffEncoding(head: Buffer): Encoding {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { name: 'utf-8', skip: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { name: 'utf-16le', skip: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { name: 'utf-16be', skip: 2 };
  return { name: 'utf-8', skip: 0 };
}

/** A whole file's bytes as text, without its byte-order mark. */
export function decodeText(bytes: Buffer): string {
  const encoding = sniffEncoding(bytes.subarray(0, 3));
  if (encoding.name === 'utf-8') return bytes.toString('utf8', encoding.skip);
  return new TextDecoder(encoding.name).decode(bytes.subarray(encoding.skip));
}

const CHUNK = 1 << 16;

/**
 * The file's content as UTF-8 bytes for the byte scanner: the file as it is, past a UTF-8 mark, or UTF-16
 * transcoded as it is read. The scanner reads forward; a read that goes back starts the transcoding again.
 */
export function utf8Reader(read: ReadBytes): ReadBytes {
  const head = Buffer.alloc(3);
  const encoding = sniffEncoding(head.subarray(0, read(head, 0, 3, 0)));
  if (encoding.name === 'utf-8') {
    const { skip } = encoding;
    return skip === 0 ? read : (buffer, offset, length, position) => read(buffer, offset, length, position + skip);
  }
  const chunk = Buffer.allocUnsafe(CHUNK);
  let decoder = new TextDecoder(encoding.name);
  let source = encoding.skip;
  let delivered = 0;
  let pending = Buffer.alloc(0);
  let ended = false;
  const more = (): void => {
    const n = read(chunk, 0, CHUNK, source);
    source += n;
    const text = n === 0 ? decoder.decode() : decoder.decode(chunk.subarray(0, n), { stream: true });
    if (n === 0) ended = true;
    pending = pending.length === 0 ? Buffer.from(text, 'utf8') : Buffer.concat([pending, Buffer.from(text, 'utf8')]);
  };
  return (buffer, offset, length, position) => {
    if (position < delivered) {
      decoder = new TextDecoder(encoding.name);
      source = encoding.skip;
      delivered = 0;
      pending = Buffer.alloc(0);
      ended = false;
    }
    while (delivered < position) {
      if (pending.length === 0) {
        if (ended) return 0;
        more();
      }
      const drop = Math.min(pending.length, position - delivered);
      pending = pending.subarray(drop);
      delivered += drop;
    }
    while (pending.length < length && !ended) more();
    const n = pending.copy(buffer, offset, 0, Math.min(length, pending.length));
    pending = pending.subarray(n);
    delivered += n;
    return n;
  };
}
