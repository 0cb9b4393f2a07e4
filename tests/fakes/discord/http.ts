import type { IncomingMessage, ServerResponse } from "node:http";

/** A file part of a multipart/form-data request (discord.js sends these with `payload_json`). */
export interface RecordedFile {
  /** The form field, e.g. `files[0]`. */
  readonly field: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly data: Buffer;
}

export interface ParsedBody {
  readonly kind: "none" | "json" | "multipart" | "other";
  /** Parsed JSON, or the `payload_json` part of a multipart body; raw text for other kinds. */
  readonly body: unknown;
  readonly files: readonly RecordedFile[];
}

export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Discord's error body: `{ code, message, errors? }`, with `errors` for form-body failures. */
export function discordError(
  status: number,
  code: number,
  message: string,
  errors?: unknown,
): Reply {
  return { status, body: errors === undefined ? { code, message } : { code, message, errors } };
}

export const noContent: Reply = { status: 204 };

export function ok(body: unknown, status = 200): Reply {
  return { status, body };
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Parses JSON and multipart bodies the way Discord does; malformed JSON throws a SyntaxError. */
export async function parseBody(contentType: string | undefined, raw: Buffer): Promise<ParsedBody> {
  if (raw.length === 0) return { kind: "none", body: undefined, files: [] };
  const type = (contentType ?? "").toLowerCase();
  if (type.startsWith("application/json")) {
    return { kind: "json", body: JSON.parse(raw.toString("utf8")), files: [] };
  }
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": type } }).formData();
    const files: RecordedFile[] = [];
    let body: unknown;
    for (const [field, value] of form.entries()) {
      if (typeof value === "string") {
        if (field === "payload_json") body = JSON.parse(value);
        continue;
      }
      const data = Buffer.from(await value.arrayBuffer());
      files.push({ field, name: value.name, contentType: value.type, size: data.length, data });
    }
    return { kind: "multipart", body, files };
  }
  return { kind: "other", body: raw.toString("utf8"), files: [] };
}

export function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { via: "1.1 fake-discord", ...reply.headers };
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  const json = JSON.stringify(reply.body);
  res
    .writeHead(reply.status, {
      ...headers,
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(json)),
    })
    .end(json);
}
