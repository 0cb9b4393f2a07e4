import type { APIApplicationCommand } from "discord.js";
import { commandErrors, commandListErrors } from "./commandRules.js";
import { invalidFormBody } from "./formErrors.js";
import { discordError, noContent, ok, type Reply } from "./http.js";
import type { Route, RouteContext } from "./router.js";
import { snowflake } from "./snowflake.js";
import type { World } from "./world.js";

const GLOBAL = "global";

/** Registered application commands, global and per guild, as Discord stores them. */
export class CommandStore {
  readonly #byScope = new Map<string, APIApplicationCommand[]>();

  constructor(private readonly world: World) {}

  list(guildId?: string): readonly APIApplicationCommand[] {
    return this.#byScope.get(guildId ?? GLOBAL) ?? [];
  }

  /** Guild commands shadow global ones of the same name, as in the Discord client. */
  find(name: string, guildId: string | undefined): APIApplicationCommand | undefined {
    const inGuild =
      guildId === undefined ? undefined : this.list(guildId).find((c) => c.name === name);
    return inGuild ?? this.list().find((c) => c.name === name);
  }

  #stored(body: Record<string, unknown>, guildId: string | undefined): APIApplicationCommand {
    const type = (body.type as number | undefined) ?? 1;
    const previous = this.list(guildId).find((c) => c.name === body.name && c.type === type);
    return {
      ...(body as Partial<APIApplicationCommand>),
      id: previous?.id ?? snowflake(),
      application_id: this.world.applicationId,
      version: snowflake(),
      type,
      name: body.name as string,
      description: (body.description as string | undefined) ?? "",
      default_member_permissions: (body.default_member_permissions as string | null) ?? null,
      nsfw: body.nsfw === true,
      ...(guildId === undefined
        ? { dm_permission: body.dm_permission !== false }
        : { guild_id: guildId }),
    } as APIApplicationCommand;
  }

  overwrite(
    bodies: Record<string, unknown>[],
    guildId: string | undefined,
  ): APIApplicationCommand[] {
    const stored = bodies.map((b) => this.#stored(b, guildId));
    this.#byScope.set(guildId ?? GLOBAL, stored);
    return stored;
  }

  upsert(
    body: Record<string, unknown>,
    guildId: string | undefined,
  ): { command: APIApplicationCommand; created: boolean } {
    const command = this.#stored(body, guildId);
    const list = [...this.list(guildId)];
    const index = list.findIndex((c) => c.id === command.id);
    if (index >= 0) list[index] = command;
    else list.push(command);
    this.#byScope.set(guildId ?? GLOBAL, list);
    return { command, created: index < 0 };
  }

  remove(id: string, guildId: string | undefined): boolean {
    const list = this.list(guildId);
    const next = list.filter((c) => c.id !== id);
    this.#byScope.set(guildId ?? GLOBAL, next);
    return next.length !== list.length;
  }
}

/** The application-command endpoints, global and guild-scoped. */
export function commandRoutes(world: World, store: CommandStore): Route[] {
  const scope = (ctx: RouteContext): { guildId: string | undefined } | Reply => {
    if (ctx.params.appId !== world.applicationId) return discordError(403, 50001, "Missing Access");
    const guildId = ctx.params.guildId;
    if (guildId !== undefined && !world.guilds.some((g) => g.id === guildId)) {
      return discordError(403, 50001, "Missing Access");
    }
    return { guildId };
  };
  const withScope =
    (handle: (ctx: RouteContext, guildId: string | undefined) => Reply) =>
    (ctx: RouteContext): Reply => {
      const s = scope(ctx);
      return "status" in s ? s : handle(ctx, s.guildId);
    };

  const list = withScope((_ctx, guildId) => ok(store.list(guildId)));
  const overwrite = withScope((ctx, guildId) => {
    if (!Array.isArray(ctx.body))
      return invalidFormBody([{ path: [], code: "BASE_TYPE_ARRAY", message: "Must be an array." }]);
    const errors = commandListErrors(ctx.body);
    if (errors.length > 0) return invalidFormBody(errors);
    return ok(store.overwrite(ctx.body as Record<string, unknown>[], guildId));
  });
  const create = withScope((ctx, guildId) => {
    const errors = commandErrors(ctx.body, []);
    if (errors.length > 0) return invalidFormBody(errors);
    const { command, created } = store.upsert(ctx.body as Record<string, unknown>, guildId);
    return ok(command, created ? 201 : 200);
  });
  const remove = withScope((ctx, guildId) =>
    store.remove(ctx.params.commandId ?? "", guildId)
      ? noContent
      : discordError(404, 10063, "Unknown application command"),
  );

  const routes: Route[] = [];
  for (const base of [
    "/applications/:appId/commands",
    "/applications/:appId/guilds/:guildId/commands",
  ]) {
    routes.push(
      { method: "GET", pattern: base, auth: true, handle: list },
      { method: "PUT", pattern: base, auth: true, handle: overwrite },
      { method: "POST", pattern: base, auth: true, handle: create },
      { method: "DELETE", pattern: `${base}/:commandId`, auth: true, handle: remove },
    );
  }
  return routes;
}
