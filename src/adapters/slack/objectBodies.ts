import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { HTTPModuleFunctions } from "@slack/bolt";
import type { Logger } from "../../log/logger.js";

/** What a body that is not an object was, for the log: "null", "a number", "an array". */
function describeBody(body: unknown): string {
  if (body === null) return "null";
  if (Array.isArray(body)) return "an array";
  return `a ${typeof body}`;
}

/**
 * Wraps Bolt's HTTP request listener so that a correctly signed request whose body (JSON, or a
 * form's `payload` field) is not an object is answered 400 with a log line. Bolt reads
 * `body.ssl_check` on whatever it parsed, outside any handler: a signed body of `null` threw an
 * unhandled rejection and stopped the process. Unsigned or malformed requests are left to Bolt,
 * which refuses them itself (401, 400); the body read here is the one Bolt goes on with.
 */
export function refuseNonObjectBodies(
  next: RequestListener,
  signingSecret: string,
  logger: Logger,
): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    checkBody(req, signingSecret).then(
      (found) => {
        if (found === null) {
          next(req, res);
          return;
        }
        logger.warn("slack request refused: its body is not an object", {
          platform: "slack",
          found,
        });
        res.writeHead(400).end();
      },
      // Reading the body failed (the client went away): nothing to answer.
      () => res.destroy(),
    );
  };
}

/** What the body is when it is signed, parses and is not an object; else null (Bolt decides). */
async function checkBody(req: IncomingMessage, signingSecret: string): Promise<string | null> {
  let signed: Awaited<ReturnType<typeof HTTPModuleFunctions.parseAndVerifyHTTPRequest>>;
  try {
    signed = await HTTPModuleFunctions.parseAndVerifyHTTPRequest({ signingSecret }, req);
  } catch (error) {
    // A bad signature: Bolt verifies again and refuses; a body that could not be read: rethrown.
    if (HTTPModuleFunctions.isBufferedIncomingMessage(req)) return null;
    throw error;
  }
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(signed);
  } catch {
    return null;
  }
  return typeof body === "object" && body !== null && !Array.isArray(body)
    ? null
    : describeBody(body);
}
