import {
  type AddressInfo,
  createConnection,
  createServer,
  type Server,
  type Socket,
} from "node:net";

/**
 * A TCP relay on 127.0.0.1 in front of Redis, so a test can drop every client connection at once
 * (what a Redis failover or a network blip does) without touching other clients of the server.
 */
export class RedisProxy {
  #drops = 0;

  private constructor(
    private readonly server: Server,
    private readonly sockets: Set<Socket>,
    readonly url: string,
  ) {}

  static async start(target: string): Promise<RedisProxy> {
    const { hostname, port } = new URL(target);
    const sockets = new Set<Socket>();
    const server = createServer((client) => {
      const upstream = createConnection({ host: hostname, port: Number(port || 6379) });
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on("close", () => sockets.delete(s));
        s.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port: local } = server.address() as AddressInfo;
    return new RedisProxy(server, sockets, `redis://127.0.0.1:${local}`);
  }

  /** Cuts every connection through the proxy; clients reconnect by themselves. */
  drop(): void {
    for (const s of this.sockets) s.destroy();
    this.#drops++;
  }

  get drops(): number {
    return this.#drops;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
