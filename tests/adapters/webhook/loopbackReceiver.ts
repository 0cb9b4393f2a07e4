import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the receiver got. */
export interface Received {
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
}

/** What the receiver answers to one request. */
export interface Answer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

/**
 * An incoming-webhook stand-in on 127.0.0.1: records every POST (path, headers, parsed JSON body)
 * and answers with the next scripted answer, then 200 once the script is used up.
 */
export class LoopbackReceiver {
  readonly received: Received[] = [];
  readonly #script: Answer[] = [];
  readonly #server: Server;
  #port = 0;

  private constructor() {
    this.#server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        this.received.push({
          path: request.url ?? "",
          headers: request.headers,
          body: text === "" ? null : (JSON.parse(text) as unknown),
        });
        const answer = this.#script.shift() ?? { status: 200, body: "ok" };
        response.writeHead(answer.status, answer.headers ?? {});
        response.end(answer.body ?? "");
      });
    });
  }

  static async start(): Promise<LoopbackReceiver> {
    const receiver = new LoopbackReceiver();
    await new Promise<void>((resolve) => receiver.#server.listen(0, "127.0.0.1", resolve));
    receiver.#port = (receiver.#server.address() as AddressInfo).port;
    return receiver;
  }

  /** The URL of a secret-looking hook path on this receiver. */
  url(path = "/hooks/s3cr3t-token-0123456789"): string {
    return `http://127.0.0.1:${this.#port}${path}`;
  }

  /** The next requests get these answers, in order. */
  answer(...answers: Answer[]): void {
    this.#script.push(...answers);
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
