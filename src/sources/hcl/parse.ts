import type { Node, Parser } from 'web-tree-sitter';
import { InputError } from '../../errors.js';
import type { Attribute, Block, Body, HclFile } from './syntax.js';
import { literalOf, toExpr } from './values.js';

// tree-sitter's concrete syntax tree to the small syntax model, and the first syntax error to one line.
// tree-sitter recovers from errors, so a tree always comes back: an ERROR or MISSING node in it is bad input.

/** Tokens tree-sitter inserts when a construct is not closed, as people call them. */
const CLOSERS: Record<string, string> = {
  '}': '"}"',
  ']': '"]"',
  ')': '")"',
  quoted_template_end: 'the closing quote',
  heredoc_identifier: 'the end marker line',
  template_interpolation_end: '"}"',
  template_directive_end: '"}"',
};

const CONSTRUCTS: Record<string, string> = {
  block: 'block',
  object: 'object',
  tuple: 'list',
  function_call: 'function call',
  string_lit: 'string',
  quoted_template: 'string',
  heredoc_template: 'heredoc',
  template_interpolation: '${ interpolation',
  template_directive: '%{ directive',
};

function snippet(text: string, max = 40): string {
  const first = text.trim().split('\n')[0]?.trim() ?? '';
  return first.length > max ? `${first.slice(0, max)}…` : first;
}

/** The first problem in document order; inside an ERROR node, the first problem it holds, if any. */
function firstProblem(node: Node): Node | undefined {
  if (node.isMissing) return node;
  for (const child of node.children) {
    if (child.isMissing || child.hasError) {
      const inner = firstProblem(child);
      if (inner) return inner;
    }
  }
  return node.isError ? node : undefined;
}

function describeProblem(problem: Node, source: string): { line: number; detail: string } {
  const closer = problem.isMissing ? CLOSERS[problem.type] : undefined;
  if (closer) {
    let open: Node | null = problem.parent;
    while (open && !CONSTRUCTS[open.type]) open = open.parent;
    if (open) {
      const head = snippet(open.text, 120).replace(/\s*\{.*$/, '');
      const what = open.type === 'block' || open.type === 'heredoc_template' ? `${CONSTRUCTS[open.type]} ${head}` : CONSTRUCTS[open.type];
      return { line: open.startPosition.row + 1, detail: `${what} is not closed (missing ${closer})` };
    }
  }
  const { row, column } = problem.startPosition;
  const rest = problem.isMissing ? (source.split('\n')[row] ?? '').slice(column) : problem.text;
  const near = snippet(rest);
  return { line: row + 1, detail: near ? `syntax error near "${near}"` : 'syntax error: unexpected end of file' };
}

function labelOf(node: Node): string {
  const literal = node.type === 'string_lit' ? literalOf(node) : undefined;
  return typeof literal?.value === 'string' ? literal.value : node.text;
}

function toBody(node: Node | undefined, file: string): Body {
  const body: Body = { attributes: new Map(), blocks: [] };
  for (const child of node?.namedChildren ?? []) {
    if (child.type === 'attribute') {
      const [name, value] = child.namedChildren.filter((c) => c.type !== 'comment');
      if (!name || !value) continue;
      const attribute: Attribute = { name: name.text, value: toExpr(value), location: { file, line: child.startPosition.row + 1 } };
      body.attributes.set(attribute.name, attribute);
    } else if (child.type === 'block') {
      body.blocks.push(toBlock(child, file));
    }
  }
  return body;
}

function toBlock(node: Node, file: string): Block {
  const parts = node.namedChildren.filter((c) => c.type !== 'comment');
  const labels = parts.slice(1).filter((c) => c.type === 'string_lit' || c.type === 'identifier');
  return {
    type: parts[0]?.text ?? '',
    labels: labels.map(labelOf),
    location: { file, line: node.startPosition.row + 1 },
    text: node.text,
    ...toBody(
      parts.find((c) => c.type === 'body'),
      file,
    ),
  };
}

/**
 * Parses one file. `path` is where locations point (relative to the root module); `name` is how errors name
 * the file (its path on disk, or REV:path). A syntax error throws InputError(name, "line N: ...").
 */
export function parseHcl(parser: Parser, text: string, path: string, name: string): HclFile {
  const tree = parser.parse(text);
  if (!tree) throw new InputError(name, 'the HCL parser returned nothing');
  try {
    const root = tree.rootNode;
    if (root.hasError) {
      const problem = firstProblem(root) ?? root;
      const { line, detail } = describeProblem(problem, text);
      throw new InputError(name, `line ${line}: ${detail}`);
    }
    const top = root.namedChildren.find((c) => c.type === 'body');
    if (!top && root.namedChildren.some((c) => c.type === 'object')) {
      throw new InputError(name, 'line 1: a JSON object, not HCL (.tf.json files are not read)');
    }
    return { path, body: toBody(top, path) };
  } finally {
    tree.delete();
  }
}
