import type { IncomingMessage, ServerResponse } from "node:http";
import type { Journal } from "../shared/journal.js";
import type { FaultQueue, InjectedFault } from "./faults.js";
import {
  discordError,
  type ParsedBody,
  parseBody,
  type RecordedFile,
  type Reply,
  readBody,
  send,
} from "./http.js";
import { matchRoute, pathExists, type Route } from "./router.js";

const API_PREFIX = "/api/v10";

/** One REST request as the fake received and answered it. */
export interface RecordedRequest {
  /** 1, 2, … in order of arrival. */
  readonly seq: number;
  readonly at: number;
  readonly method: string;
  /** The full path, e.g. `/api/v10/interactions/123/abc/callback`. */
  readonly path: string;
  /** `METHOD /pattern` of the matched route, e.g. `POST /interactions/:id/:token/callback`. */
  readonly route: string | null;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  /** Lower-cased headers, without `authorization` (see `auth`). */
  readonly headers: Readonly<Record<string, string>>;
  /** Whether an Authorization header came, and whether it was `Bot <the fake's token>`. */
  readonly auth: "absent" | "valid" | "invalid";
  readonly bodyKind: ParsedBody["kind"];
  /** Parsed JSON body (for multipart, the parsed `payload_json` part). */
  readonly body: unknown;
  readonly files: readonly RecordedFile[];
  readonly status: number;
  readonly response: unknown;
  /** Set when the answer was a failure injected with `failNext`. */
  readonly fault: InjectedFault | null;
  /** What a chaos rule did to this request, if anything (see `ChaosAction`). */
  readonly chaos?: ChaosAction["kind"];
}

/**
 * Transport trouble for one request, decided by `FakeDiscord.setChaos`:
 * - stall: wait `ms` before handling it (the client may time out and send it again meanwhile)
 * - status: answer with this HTTP status (e.g. 503) without handling it
 * - cut-before: drop the connection without handling it
 * - cut-after: handle it (a message is created) and drop the connection instead of answering
 */
export type ChaosAction =
  | { readonly kind: "stall"; readonly ms: number }
  | { readonly kind: "status"; readonly status: number }
  | { readonly kind: "cut-before" }
  | { readonly kind: "cut-after" };

export type ChaosRule = (request: { method: string; route: string | null }) => ChaosAction | null;

export interface RestDeps {
  readonly token: () => string;
  readonly routes: readonly Route[];
  readonly faults: FaultQueue;
  readonly requests: Journal<RecordedRequest>;
  readonly chaos?: () => ChaosRule | null;
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === "authorization" || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

/** Routes, authenticates, answers and records one request; rejects only if reading the body fails. */
export async function handleRest(
  deps: RestDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const method = (req.method ?? "GET").toUpperCase();
  const authorization = req.headers.authorization;
  const auth =
    authorization === undefined
      ? "absent"
      : authorization === `Bot ${deps.token()}`
        ? "valid"
        : "invalid";
  const relative = url.pathname.startsWith(`${API_PREFIX}/`)
    ? url.pathname.slice(API_PREFIX.length)
    : null;
  const match = relative === null ? null : matchRoute(deps.routes, method, relative);
  const raw = await readBody(req);
  const route = match === null ? null : `${method} ${match.route.pattern}`;
  const chaos = deps.chaos?.()?.({ method, route }) ?? null;
  if (chaos?.kind === "stall") await new Promise((resolve) => setTimeout(resolve, chaos.ms));

  let parsed: ParsedBody = { kind: "none", body: undefined, files: [] };
  let reply: Reply;
  let fault: InjectedFault | null = null;
  try {
    parsed = await parseBody(req.headers["content-type"], raw);
    const injected =
      relative === null ? null : deps.faults.take(method, relative, match?.route.pattern ?? null);
    if (injected !== null) {
      fault = injected.fault;
      reply = injected.reply;
    } else if (chaos?.kind === "status") {
      reply = discordError(chaos.status, 0, `${chaos.status}: chaos`);
    } else if (chaos?.kind === "cut-before") {
      reply = { status: 0 };
    } else if (match === null) {
      reply =
        relative !== null && pathExists(deps.routes, relative)
          ? discordError(405, 0, "405: Method Not Allowed")
          : discordError(404, 0, "404: Not Found");
    } else if (match.route.auth && auth !== "valid") {
      reply = discordError(401, 0, "401: Unauthorized");
    } else {
      reply = match.route.handle({
        params: match.params,
        query: Object.fromEntries(url.searchParams),
        body: parsed.body,
        files: parsed.files,
        kind: parsed.kind,
      });
    }
  } catch (error) {
    reply =
      error instanceof SyntaxError
        ? discordError(400, 50109, "The request body contains invalid JSON.")
        : discordError(500, 0, `500: fake crashed: ${String(error)}`);
  }

  deps.requests.add({
    seq: deps.requests.entries.length + 1,
    at: Date.now(),
    method,
    path: url.pathname,
    route,
    params: match?.params ?? {},
    query: Object.fromEntries(url.searchParams),
    headers: headersOf(req),
    auth,
    bodyKind: parsed.kind,
    body: parsed.body,
    files: parsed.files,
    status: reply.status,
    response: reply.body,
    fault,
    ...(chaos === null ? {} : { chaos: chaos.kind }),
  });
  if (chaos?.kind === "cut-before" || chaos?.kind === "cut-after") res.destroy();
  else send(res, reply);
}
