import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";

/** Slack's requests are a few kilobytes; anything near this size is not from Slack. */
export const MAX_SLACK_BODY_BYTES = 256 * 1024;

/**
 * A request listener that reads the body itself, at most `maxBytes`, before `next` sees the
 * request: a declared length over the limit is refused with 413 before a byte is read, a body that
 * grows past it (chunked) is refused and its connection closed as soon as it does. The body read
 * is left as `rawBody`, where Bolt's receiver takes an already-buffered request from — so the
 * signature check never waits behind, or holds, a huge unsigned upload.
 */
export function limitedBody(
  next: RequestListener,
  maxBytes = MAX_SLACK_BODY_BYTES,
): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const declared = Number(req.headers["content-length"] ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      refuse(req, res);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on("data", (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxBytes) {
        refused = true;
        chunks.length = 0;
        refuse(req, res);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (refused) return;
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = Buffer.concat(chunks);
      next(req, res);
    });
    req.on("error", () => {
      if (!res.headersSent) refuse(req, res);
    });
  };
}

function refuse(req: IncomingMessage, res: ServerResponse): void {
  if (!res.headersSent) {
    res.writeHead(413, { "content-type": "text/plain", connection: "close" });
    res.end("request body too large\n");
  }
  // Stop reading what is left: the socket closes once the answer is out.
  req.resume();
  res.on("finish", () => req.socket.destroy());
}
