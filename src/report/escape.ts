// Every string that came from a plan or a PR goes through here before it reaches markdown:
// it must not open HTML, links, tables, emphasis or @mentions in a PR comment.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c)
    .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

/** Multi-line text inside a fenced block: only the fence itself can break out. */
export function escapeFenced(text: string): string {
  return text.replace(/`{3,}/g, (m) => m.split('').join('\u200b'));
}

/** An address or name as inline code: backticks cannot close it and `|` cannot split a table cell. */
export function codeSpan(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}\``;
}
