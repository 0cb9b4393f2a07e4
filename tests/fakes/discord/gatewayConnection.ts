import { constants, createDeflate, type Deflate, deflateSync } from "node:zlib";
import type { WebSocket } from "ws";

/** One frame on the gateway, in either direction, as the test sees it. */
export interface GatewayFrame {
  /** Which WebSocket connection (1, 2, … in order of connecting). */
  readonly connection: number;
  readonly direction: "received" | "sent";
  readonly op: number;
  readonly t: string | null;
  readonly s: number | null;
  readonly d: unknown;
  readonly at: number;
}

export interface GatewayPayload {
  readonly op: number;
  readonly d: unknown;
  readonly s: number | null;
  readonly t: string | null;
}

/**
 * One WebSocket client. Frames are JSON text unless the client asked for `compress=zlib-stream`
 * (one zlib context for the connection, each payload ending in a Z_SYNC_FLUSH marker) or sent
 * `compress: true` in IDENTIFY (each payload zlib-deflated on its own).
 */
export class GatewayConnection {
  identifyCompress = false;
  readonly #deflate: Deflate | null;
  #pending: Buffer[] = [];
  #queue: Promise<void> = Promise.resolve();

  constructor(
    readonly id: number,
    readonly socket: WebSocket,
    zlibStream: boolean,
    private readonly record: (frame: GatewayFrame) => void,
  ) {
    this.#deflate = zlibStream ? createDeflate() : null;
    this.#deflate?.on("data", (chunk: Buffer) => this.#pending.push(chunk));
    // A write racing a close is harmless here: the socket is gone either way.
    this.#deflate?.on("error", () => {});
  }

  get open(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  send(payload: GatewayPayload): void {
    if (!this.open) return;
    this.record({ connection: this.id, direction: "sent", ...payload, at: Date.now() });
    const json = JSON.stringify(payload);
    const deflate = this.#deflate;
    if (deflate !== null) {
      this.#queue = this.#queue.then(
        () =>
          new Promise<void>((resolve) => {
            if (!this.open) {
              resolve();
              return;
            }
            deflate.write(json);
            deflate.flush(constants.Z_SYNC_FLUSH, () => {
              const frame = Buffer.concat(this.#pending);
              this.#pending = [];
              if (this.open) this.socket.send(frame);
              resolve();
            });
          }),
      );
    } else if (this.identifyCompress) {
      this.socket.send(deflateSync(json));
    } else {
      this.socket.send(json);
    }
  }

  received(payload: GatewayPayload): void {
    this.record({ connection: this.id, direction: "received", ...payload, at: Date.now() });
  }

  close(code: number, reason: string): void {
    if (this.open) this.socket.close(code, reason);
    this.#deflate?.close();
  }

  terminate(): void {
    this.socket.terminate();
    this.#deflate?.close();
  }
}
