import type { Reply } from "../../commands/types.js";
import type { PreparedPost } from "../schedule/delivery.js";
import type { AdapterHost, ChatAdapter, PlatformId, PostTarget } from "./adapter.js";

/**
 * A `ChatAdapter` over a connection that `connect` opens and that can `stop`: `post` needs the
 * connection (a bot's REST client, a Web API client), so it refuses before `start` and after
 * `stop`, and `stop` is safe at any time.
 */
export function runningAdapter<Running extends { stop(): Promise<void> }>(
  id: PlatformId,
  connect: (host: AdapterHost) => Promise<Running>,
  post: (running: Running, target: PostTarget, reply: Reply) => PreparedPost,
): ChatAdapter {
  let running: Running | null = null;
  return {
    id,
    async start(host) {
      running = await connect(host);
    },
    async stop() {
      const current = running;
      running = null;
      await current?.stop();
    },
    post(target, reply) {
      if (!running) throw new Error(`the ${id} adapter is not running`);
      return post(running, target, reply);
    },
  };
}
