// Reading PR bodies and commit messages the way git and the agents write them. Pure string work.

export interface Trailer {
  key: string;
  value: string;
}

const TRAILER = /^([A-Za-z0-9][A-Za-z0-9-]*):[ \t]*(\S.*)$/;
const CONTINUATION = /^[ \t]+\S/;

/**
 * The trailers of a commit message: its last paragraph, when that is not the subject and every
 * line in it is `Key: value` (or a folded continuation). A trailer-like line anywhere else, such as
 * release notes quoted in the body, is not a trailer.
 */
export function trailersOf(message: string): Trailer[] {
  const paragraphs = message.replace(/\r\n?/g, '\n').trim().split(/\n[ \t]*\n/);
  const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1] : undefined;
  if (last === undefined) return [];
  const trailers: Trailer[] = [];
  for (const line of last.split('\n')) {
    const match = TRAILER.exec(line);
    const previous = trailers[trailers.length - 1];
    if (match?.[1] !== undefined && match[2] !== undefined) trailers.push({ key: match[1], value: match[2].trim() });
    else if (previous && CONTINUATION.test(line)) previous.value = `${previous.value} ${line.trim()}`;
    else return [];
  }
  return trailers;
}

/** `Name <address>` as in Co-authored-by. */
export function nameAndAddress(value: string): { name: string; email: string } | undefined {
  const match = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(value.trim());
  return match?.[1] !== undefined && match[2] !== undefined ? { name: match[1], email: match[2] } : undefined;
}

/** A bullet, emphasis or one emoji that may precede a marker ("🤖 Generated with …", "*PR created …"). */
const DECORATION = /^(?:[-*_•]+[ \t]*|\p{Extended_Pictographic}\uFE0F?[ \t]*)*/u;

/** The lines of a text as markers are matched against: decoration and indentation gone, quotes kept. */
export function markerLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimStart().replace(DECORATION, ''));
}

/** A marker counts where it starts a line: inside a sentence it is a mention. */
export function hasMarker(lines: readonly string[], marker: string): boolean {
  return lines.some((line) => line.startsWith(marker));
}

/** Cuts every `start … end` block out of a text; an unclosed block runs to the end. */
export function cutBlocks(text: string, start: string, end: string | undefined): { rest: string; found: boolean } {
  let rest = text;
  let found = false;
  for (let at = rest.indexOf(start); at !== -1; at = rest.indexOf(start, at)) {
    found = true;
    const close = end === undefined ? -1 : rest.indexOf(end, at + start.length);
    rest = close === -1 ? rest.slice(0, at) : rest.slice(0, at) + rest.slice(close + (end ?? '').length);
  }
  return { rest, found };
}

const MENTION = /(?:^|[\s(/,])@([A-Za-z\d](?:[A-Za-z\d-]{0,38}))/;
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * Whom a phrase such as Devin's "Requested by:" names on each line it appears in: the @login when
 * there is one, else the address. A bare name identifies nobody and is left out.
 */
export function namedAfter(lines: readonly string[], phrase: string): string[] {
  const named: string[] = [];
  for (const line of lines) {
    const at = line.indexOf(phrase);
    if (at === -1) continue;
    const rest = line.slice(at + phrase.length);
    const who = MENTION.exec(rest)?.[1] ?? ADDRESS.exec(rest)?.[0];
    if (who !== undefined) named.push(who);
  }
  return named;
}

/** GitHub's noreply address names the account: `ID+LOGIN@users.noreply.github.com` (or the older `LOGIN@…`). */
export function noreplyAccount(email: string): { login: string; id?: number } | undefined {
  const match = /^(?:(\d+)\+)?([^@\s]+)@users\.noreply\.github\.com$/i.exec(email);
  if (match?.[2] === undefined) return undefined;
  return { login: match[2], ...(match[1] !== undefined ? { id: Number(match[1]) } : {}) };
}
