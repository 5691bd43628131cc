// Every string that came from a plan or a PR goes through here before it reaches markdown:
// it must not open HTML, links, tables, emphasis or @mentions in a PR comment.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c)
      .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
      .replace(/@/g, '@\u200b')
      .replace(/\r?\n/g, ' ')
      // Autolinks (https://…, www.…) and emoji shortcodes (:rocket:) are broken with an invisible space.
      .replace(/:(?=\S)/g, ':\u200b')
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u200b.`)
  );
}

/** Multi-line text inside a fenced block: only the fence itself can break out. */
export function escapeFenced(text: string): string {
  return text.replace(/`{3,}/g, (m) => m.split('').join('\u200b'));
}

/** An address or name as inline code: backticks cannot close it and `|` cannot split a table cell. */
export function codeSpan(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}\``;
}

// C0 and C1 controls (ESC starts terminal sequences; a newline starts a line CI reads as a workflow command),
// and the Unicode line separators and bidirectional overrides that reorder what a terminal shows.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One line of terminal or log output: controls in values from a plan are shown as escapes, never obeyed. */
export function escapeTerminal(line: string): string {
  return line.replace(TERMINAL_UNSAFE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
