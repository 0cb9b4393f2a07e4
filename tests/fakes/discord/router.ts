import type { ParsedBody, RecordedFile, Reply } from "./http.js";

export interface RouteContext {
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly files: readonly RecordedFile[];
  readonly kind: ParsedBody["kind"];
}

/** One REST endpoint. `pattern` is relative to `/api/v10`, with `:name` segments as parameters. */
export interface Route {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly pattern: string;
  /** Bot routes need `Authorization: Bot <token>`; interaction callbacks and webhooks do not. */
  readonly auth: boolean;
  readonly handle: (ctx: RouteContext) => Reply;
}

export interface RouteMatch {
  readonly route: Route;
  readonly params: Record<string, string>;
}

function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const actual = got[i] ?? "";
    if (segment.startsWith(":")) {
      if (actual === "") return null;
      params[segment.slice(1)] = decodeURIComponent(actual);
    } else if (segment !== actual) {
      return null;
    }
  }
  return params;
}

/** The first route whose method and pattern match; literal routes must come before `:param` ones. */
export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): RouteMatch | null {
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchPattern(route.pattern, path);
    if (params !== null) return { route, params };
  }
  return null;
}

/** Whether any route serves this path with another method (Discord answers 405 then). */
export function pathExists(routes: readonly Route[], path: string): boolean {
  return routes.some((r) => matchPattern(r.pattern, path) !== null);
}
