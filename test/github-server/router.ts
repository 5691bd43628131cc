// Matches a request to an operation by the OpenAPI path template and method.
import type { OperationSpec } from './description.js';

export interface RouteMatch {
  operation: OperationSpec;
  /** Path parameters, percent-decoded, still strings. */
  params: Record<string, string>;
}

interface Route {
  operation: OperationSpec;
  pattern: RegExp;
  names: string[];
}

export type Router = (method: string, pathname: string) => RouteMatch | undefined;

export function createRouter(operations: OperationSpec[]): Router {
  const routes = operations.map(compileRoute);
  // A literal segment beats a parameter (issues/comments/{id} before issues/{number}/...).
  routes.sort((a, b) => a.names.length - b.names.length);
  return (method, pathname) => {
    for (const route of routes) {
      if (route.operation.method !== method) continue;
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      try {
        route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] ?? '')));
      } catch {
        return undefined; // malformed percent-encoding: no route, as on GitHub
      }
      return { operation: route.operation, params };
    }
    return undefined;
  };
}

/** Matches `pathname` against an OpenAPI path template (used to scope faults). */
export function matchesTemplate(template: string, pathname: string): boolean {
  return templatePattern(template, new Set()).pattern.test(pathname);
}

function compileRoute(operation: OperationSpec): Route {
  const multi = new Set(operation.parameters.filter((p) => p['x-multi-segment']).map((p) => p.name));
  return { operation, ...templatePattern(operation.path, multi) };
}

function templatePattern(template: string, multiSegment: Set<string>): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(name);
      return multiSegment.has(name) ? '(.+)' : '([^/]+)';
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`), names };
}
