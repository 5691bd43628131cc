// Terraform addresses in parts: `module.a["x"].module.b[0].aws_s3_bucket.c["k"]`.
// Instance keys are kept as written (`"x"`, `0`); a key may hold dots and brackets inside its quotes.

export interface ModuleStep {
  name: string;
  key?: string;
}

export interface ResourcePart {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  key?: string;
}

export interface Address {
  modules: ModuleStep[];
  /** Absent for a module address (`module.a`). */
  resource?: ResourcePart;
}

interface Segment {
  word: string;
  key?: string;
}

function segments(text: string): Segment[] | undefined {
  const out: Segment[] = [];
  let i = 0;
  while (i < text.length) {
    const word = /^[A-Za-z_][\w-]*/.exec(text.slice(i))?.[0];
    if (!word) return undefined;
    i += word.length;
    let key: string | undefined;
    if (text[i] === '[') {
      const start = i + 1;
      if (text[start] === '"') {
        let j = start + 1;
        while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
        i = j + 1;
      } else {
        i = text.indexOf(']', start);
        if (i < 0) return undefined;
      }
      if (text[i] !== ']') return undefined;
      key = text.slice(start, i);
      i += 1;
    }
    out.push(key === undefined ? { word } : { word, key });
    if (i < text.length) {
      if (text[i] !== '.') return undefined;
      i += 1;
    }
  }
  return out;
}

/** Parses an address as Terraform writes it in plans and in moved/removed blocks; undefined when it is not one. */
export function parseAddress(text: string): Address | undefined {
  const parts = segments(text.replace(/\s+/g, ''));
  if (!parts || parts.length === 0) return undefined;
  const modules: ModuleStep[] = [];
  let i = 0;
  while (parts[i]?.word === 'module' && parts[i]?.key === undefined && parts[i + 1]) {
    const step = parts[i + 1] as Segment;
    modules.push(step.key === undefined ? { name: step.word } : { name: step.word, key: step.key });
    i += 2;
  }
  const rest = parts.slice(i);
  if (rest.length === 0) return { modules };
  const data = rest[0]?.word === 'data' && rest[0].key === undefined;
  const [type, name, ...extra] = data ? rest.slice(1) : rest;
  if (!type || !name || extra.length > 0 || type.key !== undefined) return undefined;
  return { modules, resource: { mode: data ? 'data' : 'managed', type: type.word, name: name.word, ...(name.key !== undefined ? { key: name.key } : {}) } };
}

export function formatAddress(address: Address, withKeys = true): string {
  const parts = address.modules.map((s) => `module.${s.name}${withKeys && s.key !== undefined ? `[${s.key}]` : ''}`);
  const r = address.resource;
  if (r) parts.push(`${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}${withKeys && r.key !== undefined ? `[${r.key}]` : ''}`);
  return parts.join('.');
}

/** Joins a module path and an address written inside that module. */
export function within(module: string, address: string): string {
  return module ? `${module}.${address}` : address;
}
