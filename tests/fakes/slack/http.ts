import type { IncomingMessage, ServerResponse } from "node:http";

/** How a request carried its arguments. @slack/web-api always sends `form` (or `multipart`). */
export type Encoding = "none" | "query" | "form" | "json" | "multipart" | "other";

export interface ParsedArgs {
  readonly encoding: Encoding;
  /** Query and body arguments merged (body wins); form values are strings. */
  readonly args: Record<string, unknown>;
  /** Set when the body could not be parsed at all. */
  readonly malformed: boolean;
}

export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function fromEntries(entries: Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of entries) out[key] = value;
  return out;
}

/** Parses a Web API request the ways Slack accepts: query string, form, JSON or multipart. */
export async function parseArgs(
  contentType: string | undefined,
  raw: Buffer,
  query: URLSearchParams,
): Promise<ParsedArgs> {
  const fromQuery = fromEntries(query.entries());
  const hasQuery = Object.keys(fromQuery).length > 0;
  if (raw.length === 0) {
    return { encoding: hasQuery ? "query" : "none", args: fromQuery, malformed: false };
  }
  const type = (contentType ?? "").toLowerCase();
  const text = raw.toString("utf8");
  if (type.startsWith("application/x-www-form-urlencoded")) {
    const args = { ...fromQuery, ...fromEntries(new URLSearchParams(text).entries()) };
    return { encoding: "form", args, malformed: false };
  }
  if (type.startsWith("application/json")) {
    try {
      const body: unknown = JSON.parse(text);
      const isObject = typeof body === "object" && body !== null && !Array.isArray(body);
      const args = isObject ? { ...fromQuery, ...(body as Record<string, unknown>) } : fromQuery;
      return { encoding: "json", args, malformed: !isObject };
    } catch {
      return { encoding: "json", args: fromQuery, malformed: true };
    }
  }
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": type } }).formData();
    const args: Record<string, unknown> = { ...fromQuery };
    for (const [field, value] of form.entries()) {
      args[field] = typeof value === "string" ? value : `<file ${value.name}, ${value.size} bytes>`;
    }
    return { encoding: "multipart", args, malformed: false };
  }
  return { encoding: "other", args: fromQuery, malformed: true };
}

export function sendJson(res: ServerResponse, reply: Reply): void {
  const json = JSON.stringify(reply.body);
  res
    .writeHead(reply.status, {
      ...reply.headers,
      "content-type": "application/json; charset=utf-8",
      "content-length": String(Buffer.byteLength(json)),
    })
    .end(json);
}
