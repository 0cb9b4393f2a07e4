import type { IncomingMessage } from "node:http";
import { createBrotliDecompress, createUnzip } from "node:zlib";
import { formatBytes } from "../../util/formatBytes.js";
import { type HttpLimits, SourceFetchError } from "../types.js";

type Decompressor = ReturnType<typeof createUnzip> | ReturnType<typeof createBrotliDecompress>;

/**
 * The decompressor a `Content-Encoding` asks for, none for identity. `createUnzip` reads both
 * gzip and zlib-wrapped deflate (what servers send as "deflate"), whatever the label says.
 */
function decompressorFor(contentEncoding: string | undefined): Decompressor | undefined {
  const encoding = (contentEncoding ?? "").trim().toLowerCase();
  if (encoding === "" || encoding === "identity") return undefined;
  if (encoding === "gzip" || encoding === "x-gzip" || encoding === "deflate") return createUnzip();
  if (encoding === "br") return createBrotliDecompress();
  throw new SourceFetchError(
    "malformed",
    `the answer is compressed as "${encoding}", which is not read`,
  );
}

/**
 * Reads a response body into memory, decompressed, never holding more than the limits allow:
 * the wire bytes are counted as they arrive (a 1 GB body stops at `maxBodyBytes`), the
 * decompressed bytes too (a gzip bomb stops at `maxDecodedBytes`), and a silence longer than
 * `readTimeoutMs` between chunks ends the read. `signal` carries the total deadline.
 */
export function readBody(
  response: IncomingMessage,
  limits: HttpLimits,
  host: string,
  signal: AbortSignal,
): Promise<Buffer> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limits.maxBodyBytes) {
    response.destroy();
    return Promise.reject(
      new SourceFetchError(
        "too-large",
        `${host} announced ${formatBytes(declared)}, over the limit of ${formatBytes(limits.maxBodyBytes)}`,
      ),
    );
  }
  let decompressor: Decompressor | undefined;
  try {
    decompressor = decompressorFor(response.headers["content-encoding"]);
  } catch (error) {
    response.destroy();
    return Promise.reject(error);
  }

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let wireBytes = 0;
    let decodedBytes = 0;
    let settled = false;
    let idleTimer: NodeJS.Timeout | undefined;

    const settle = (error: unknown, body?: Buffer): void => {
      if (settled) return;
      settled = true;
      clearTimeout(idleTimer);
      signal.removeEventListener("abort", onAbort);
      if (error === undefined && body !== undefined) {
        resolve(body);
        return;
      }
      response.destroy();
      decompressor?.destroy();
      reject(error);
    };
    const onAbort = (): void => settle(signal.reason);
    const restartIdleTimer = (): void => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(
        () =>
          settle(
            new SourceFetchError("timeout", `${host} sent nothing for ${limits.readTimeoutMs} ms`),
          ),
        limits.readTimeoutMs,
      );
    };
    const keepDecoded = (chunk: Buffer): void => {
      decodedBytes += chunk.length;
      if (decodedBytes > limits.maxDecodedBytes) {
        settle(
          new SourceFetchError(
            "too-large",
            `${host}'s answer decompresses to more than ${formatBytes(limits.maxDecodedBytes)}`,
          ),
        );
        return;
      }
      chunks.push(chunk);
    };
    const finish = (): void => settle(undefined, Buffer.concat(chunks, decodedBytes));

    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener("abort", onAbort, { once: true });
    restartIdleTimer();

    response.on("data", (chunk: Buffer) => {
      if (settled) return;
      restartIdleTimer();
      wireBytes += chunk.length;
      if (wireBytes > limits.maxBodyBytes) {
        settle(
          new SourceFetchError(
            "too-large",
            `${host} sent more than ${formatBytes(limits.maxBodyBytes)}; the rest was not read`,
          ),
        );
        return;
      }
      if (decompressor === undefined) keepDecoded(chunk);
      else decompressor.write(chunk);
    });
    response.on("end", () => {
      if (decompressor === undefined) finish();
      else decompressor.end();
    });
    response.on("error", (error) => settle(error));
    response.on("aborted", () =>
      settle(new SourceFetchError("network", `${host} closed the connection mid-answer`)),
    );
    decompressor?.on("data", (chunk: Buffer) => {
      if (!settled) keepDecoded(chunk);
    });
    decompressor?.on("end", finish);
    decompressor?.on("error", () =>
      settle(new SourceFetchError("malformed", `${host}'s compressed answer could not be read`)),
    );
  });
}
