import { get as getHttp, type IncomingMessage, type OutgoingHttpHeaders } from "node:http";
import { get as getHttps } from "node:https";
import { type HttpLimits, SourceFetchError } from "../types.js";

/**
 * Sends one GET and waits for the response head (the body is left to `readBody`). Fails with
 * a `timeout` when the connection is not made within `connectTimeoutMs` or the server is silent
 * for `readTimeoutMs` before answering; `signal` (the total deadline) aborts it at any time.
 */
export function requestOnce(
  url: URL,
  headers: OutgoingHttpHeaders,
  limits: HttpLimits,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const get = url.protocol === "https:" ? getHttps : getHttp;
    let connectTimer: NodeJS.Timeout | undefined;
    const request = get(url, { headers, signal });
    request.on("socket", (socket) => {
      if (!socket.connecting) return;
      connectTimer = setTimeout(
        () =>
          request.destroy(
            new SourceFetchError(
              "timeout",
              `could not connect to ${url.host} within ${limits.connectTimeoutMs} ms`,
            ),
          ),
        limits.connectTimeoutMs,
      );
      socket.once("connect", () => clearTimeout(connectTimer));
    });
    request.setTimeout(limits.readTimeoutMs, () =>
      request.destroy(
        new SourceFetchError(
          "timeout",
          `${url.host} did not answer within ${limits.readTimeoutMs} ms`,
        ),
      ),
    );
    request.on("response", (response) => {
      clearTimeout(connectTimer);
      // From here the body reader keeps its own idle timer.
      request.setTimeout(0);
      resolve(response);
    });
    request.on("error", (error) => {
      clearTimeout(connectTimer);
      reject(error);
    });
  });
}
