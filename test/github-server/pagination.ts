// per_page/page as GitHub reads them, and the Link header it sends when there is more than one page.

const MAX_PER_PAGE = 100;

export interface Page<T> {
  items: T[];
  headers: Record<string, string>;
}

/**
 * `query` holds the validated (typed, defaulted) parameters; `url` is the
 * request's, on the server's origin, so the links lead back to the server.
 */
export function paginate<T>(all: T[], query: Record<string, unknown>, url: URL): Page<T> {
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number(query['per_page'] ?? 30)));
  const page = Math.max(1, Number(query['page'] ?? 1));
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  if (last === 1) return { items, headers: {} };
  const link = (n: number, rel: string): string => {
    const to = new URL(url);
    to.searchParams.set('page', String(n));
    return `<${to.href}>; rel="${rel}"`;
  };
  const links = [
    ...(page > 1 ? [link(Math.min(page - 1, last), 'prev')] : []),
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ...(page > 1 ? [link(1, 'first')] : []),
  ];
  return { items, headers: { link: links.join(', ') } };
}
