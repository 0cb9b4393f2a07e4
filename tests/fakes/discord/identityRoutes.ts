import { ok } from "./http.js";
import type { Route } from "./router.js";
import type { World } from "./world.js";

/** `session_start_limit` of `/gateway/bot`; each IDENTIFY spends one. `resetAfterMs` is in ms. */
export interface SessionStartLimit {
  total: number;
  remaining: number;
  resetAfterMs: number;
}

/** Who the bot is and where its gateway lives. */
export function identityRoutes(
  world: World,
  gatewayUrl: () => string,
  limit: SessionStartLimit,
): Route[] {
  return [
    {
      method: "GET",
      pattern: "/gateway/bot",
      auth: true,
      handle: () =>
        ok({
          url: gatewayUrl(),
          shards: 1,
          session_start_limit: {
            total: limit.total,
            remaining: limit.remaining,
            reset_after: limit.resetAfterMs,
            max_concurrency: 1,
          },
        }),
    },
    { method: "GET", pattern: "/gateway", auth: false, handle: () => ok({ url: gatewayUrl() }) },
    { method: "GET", pattern: "/users/@me", auth: true, handle: () => ok(world.botUser) },
    {
      method: "GET",
      pattern: "/applications/@me",
      auth: true,
      handle: () =>
        ok({
          id: world.applicationId,
          name: world.botUser.username,
          icon: null,
          description: "",
          bot_public: true,
          bot_require_code_grant: false,
          bot: world.botUser,
          verify_key: "0".repeat(64),
          flags: 1 << 19,
          team: null,
          owner: world.guilds[0]?.owner,
          summary: "",
          install_params: { scopes: ["bot", "applications.commands"], permissions: "0" },
          integration_types_config: { "0": {} },
        }),
    },
  ];
}
