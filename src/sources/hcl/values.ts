import type { Node } from 'web-tree-sitter';
import type { Expr, Literal } from './syntax.js';

// Expressions as Blastgate needs them: the literal value when the source states one outright, the
// references otherwise. Anything that needs evaluation (calls, operators, interpolation) is not a literal.

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** The value of a quoted string's literal part: escapes resolved, `$${` and `%%{` unescaped. */
function unescape(raw: string): string {
  return raw
    .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (whole, e: string) =>
      e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : (ESCAPES[e] ?? whole),
    )
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
}

/** A heredoc without interpolation: its lines, and for `<<-` without their common indentation. */
function heredocValue(text: string): string | undefined {
  const lines = text.split('\n');
  const opener = /^<<(-?)\s*([A-Za-z_][\w-]*)/.exec(lines[0] ?? '');
  if (!opener) return undefined;
  const body = lines.slice(1, -1).map((l) => l.replace(/\r$/, ''));
  if (opener[1] === '-') {
    const indents = body.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
    const cut = indents.length > 0 ? Math.min(...indents) : 0;
    return body.map((l) => l.slice(cut)).join('\n') + '\n';
  }
  return body.join('\n') + '\n';
}

const TEMPLATE_PARTS = new Set(['template_interpolation', 'template_directive']);

function templateValue(node: Node): { value: Literal } | undefined {
  if (node.namedChildren.some((c) => TEMPLATE_PARTS.has(c.type))) return undefined;
  if (node.type === 'heredoc_template') {
    const value = heredocValue(node.text);
    return value === undefined ? undefined : { value };
  }
  const parts = node.namedChildren.filter((c) => c.type === 'template_literal').map((c) => unescape(c.text));
  return { value: parts.join('') };
}

function objectKey(node: Node | null): string | undefined {
  if (!node) return undefined;
  // A bare word key (`name = ...`) is a variable_expr that HCL reads as a string.
  const only = node.type === 'expression' && node.namedChildCount === 1 ? node.namedChild(0) : null;
  if (only?.type === 'variable_expr') return only.text;
  const literal = literalOf(node);
  return literal && typeof literal.value === 'string' ? literal.value : undefined;
}

/** The literal an expression node states, or undefined when it needs evaluation. */
export function literalOf(node: Node): { value: Literal } | undefined {
  const children = node.namedChildren.filter((c) => c.type !== 'comment');
  switch (node.type) {
    case 'expression':
    case 'literal_value':
    case 'template_expr':
    case 'collection_value':
    case 'operation':
      return children.length === 1 && children[0] ? literalOf(children[0]) : undefined;
    case 'numeric_lit':
      return { value: Number(node.text) };
    case 'bool_lit':
      return { value: node.text === 'true' };
    case 'null_lit':
      return { value: null };
    case 'string_lit':
    case 'quoted_template':
    case 'heredoc_template':
      return templateValue(node);
    case 'unary_operation': {
      const operand = children[0] ? literalOf(children[0]) : undefined;
      return node.text.trimStart().startsWith('-') && typeof operand?.value === 'number' ? { value: -operand.value } : undefined;
    }
    case 'tuple': {
      const values: Literal[] = [];
      for (const c of children.filter((c) => c.type === 'expression')) {
        const v = literalOf(c);
        if (!v) return undefined;
        values.push(v.value);
      }
      return { value: values };
    }
    case 'object': {
      const value: Record<string, Literal> = {};
      for (const elem of children.filter((c) => c.type === 'object_elem')) {
        const key = objectKey(elem.childForFieldName('key'));
        const val = elem.childForFieldName('val');
        const v = val ? literalOf(val) : undefined;
        if (key === undefined || !v) return undefined;
        value[key] = v.value;
      }
      return { value };
    }
    default:
      return undefined;
  }
}

/** A bare word before `=` in an object constructor is a key, not a reference. */
function isObjectKey(variable: Node): boolean {
  const expression = variable.parent;
  const elem = expression?.parent;
  return elem?.type === 'object_elem' && elem.childForFieldName('key')?.id === expression?.id;
}

/** `var.x`, `aws_s3_bucket.b.arn`: a variable followed by its attribute steps (index steps end it). */
export function referencesIn(node: Node): string[] {
  const found = new Set<string>();
  for (const variable of node.descendantsOfType('variable_expr')) {
    if (isObjectKey(variable)) continue;
    let text = variable.text;
    for (let next = variable.nextNamedSibling; next?.type === 'get_attr'; next = next.nextNamedSibling) {
      text += next.text.replace(/\s+/g, '');
    }
    found.add(text);
  }
  return [...found];
}

export function toExpr(node: Node): Expr {
  const base = { text: node.text, line: node.startPosition.row + 1 };
  const literal = literalOf(node);
  return literal ? { ...base, references: [], literal: true, value: literal.value } : { ...base, references: referencesIn(node), literal: false };
}
