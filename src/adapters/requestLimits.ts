import { Cooldown } from "./cooldown.js";

/** How much one user, one channel and one workspace (Discord server) may ask. */
export interface LimitSettings {
  /** Seconds a user waits between two briefings (brief, official, digest); 0 = none. */
  readonly cooldownSeconds: number;
  /** Commands per minute in one channel, whoever asks; 0 = no limit. */
  readonly perChannelPerMinute: number;
  /** Commands per minute in one workspace or server; 0 = no limit. */
  readonly perWorkspacePerMinute: number;
}

/** One chat request as the limits see it. */
export interface LimitedRequest {
  readonly platform: string;
  readonly userId: string;
  readonly channelId: string | null;
  readonly workspaceId: string | null;
  /** Whether it composes a briefing (and so counts against the per-user cooldown). */
  readonly briefing: boolean;
}

const WINDOW_MS = 60_000;
/** Keys remembered before the idle ones are forgotten. */
const MAX_KEYS = 10_000;

/**
 * Flood protection in front of every chat command: the per-user briefing cooldown, then a
 * sliding one-minute window per channel and per workspace, so neither one user nor many can bury
 * a busy channel in replies. The clock is injected; nothing is kept beyond a minute of history
 * per key. `admit` returns null when the request may run (and counts it), else the message for
 * the user.
 */
export class RequestLimits {
  private readonly cooldown: Cooldown;
  private readonly windows = new Map<string, number[]>();

  constructor(
    private readonly settings: LimitSettings,
    private readonly now: () => Date,
  ) {
    this.cooldown = new Cooldown(settings.cooldownSeconds, now);
  }

  admit(request: LimitedRequest): string | null {
    const at = this.now().getTime();
    const checks = [
      { id: request.channelId, limit: this.settings.perChannelPerMinute, what: "this channel" },
      {
        id: request.workspaceId,
        limit: this.settings.perWorkspacePerMinute,
        what: "this workspace",
      },
    ].flatMap(({ id, limit, what }) =>
      id === null || limit <= 0 ? [] : [{ key: `${request.platform}:${what}:${id}`, limit, what }],
    );
    for (const { key, limit, what } of checks) {
      const recent = this.recent(key, at);
      if (recent.length >= limit) {
        const wait = Math.max(1, Math.ceil(((recent[0] ?? at) + WINDOW_MS - at) / 1000));
        return `${what} has asked ${limit} times in the last minute — please wait ${wait} s`;
      }
    }
    if (request.briefing) {
      const wait = this.cooldown.check(request.platform, request.userId);
      if (wait > 0) return `please wait ${wait} s before asking for another briefing`;
    }
    for (const { key } of checks) this.recent(key, at).push(at);
    if (this.windows.size > MAX_KEYS) this.forgetIdle(at);
    return null;
  }

  /** The key's uses within the last minute, oldest first (the list kept for it). */
  private recent(key: string, at: number): number[] {
    const list = this.windows.get(key) ?? [];
    while (list.length > 0 && (list[0] ?? 0) <= at - WINDOW_MS) list.shift();
    this.windows.set(key, list);
    return list;
  }

  private forgetIdle(at: number): void {
    for (const [key, list] of this.windows) {
      if ((list[list.length - 1] ?? 0) <= at - WINDOW_MS) this.windows.delete(key);
    }
  }
}
