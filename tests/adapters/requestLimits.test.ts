import { describe, expect, it } from "vitest";
import { RequestLimits } from "../../src/adapters/requestLimits.js";

function limits(settings: { cooldown?: number; channel?: number; workspace?: number }) {
  let t = Date.parse("2026-01-15T08:00:00Z");
  const clock = {
    advance: (seconds: number) => {
      t += seconds * 1000;
    },
  };
  const l = new RequestLimits(
    {
      cooldownSeconds: settings.cooldown ?? 0,
      perChannelPerMinute: settings.channel ?? 0,
      perWorkspacePerMinute: settings.workspace ?? 0,
    },
    () => new Date(t),
  );
  return { l, clock };
}

const ask = (
  userId: string,
  channelId: string | null,
  workspaceId: string | null,
  briefing = false,
) => ({
  platform: "slack",
  userId,
  channelId,
  workspaceId,
  briefing,
});

describe("RequestLimits", () => {
  it("refuses the request past the per-channel limit, whoever asks, for a minute", () => {
    const { l, clock } = limits({ channel: 3 });
    expect([1, 2, 3].map((u) => l.admit(ask(`u${u}`, "C1", "T1")))).toEqual([null, null, null]);
    expect(l.admit(ask("u4", "C1", "T1"))).toBe(
      "this channel has asked 3 times in the last minute — please wait 60 s",
    );
    expect(l.admit(ask("u4", "C2", "T1"))).toBeNull();
    clock.advance(45);
    expect(l.admit(ask("u4", "C1", "T1"))).toBe(
      "this channel has asked 3 times in the last minute — please wait 15 s",
    );
    clock.advance(15);
    expect(l.admit(ask("u4", "C1", "T1"))).toBeNull();
  });

  it("refuses past the per-workspace limit across its channels", () => {
    const { l } = limits({ channel: 10, workspace: 2 });
    expect(l.admit(ask("u1", "C1", "T1"))).toBeNull();
    expect(l.admit(ask("u1", "C2", "T1"))).toBeNull();
    expect(l.admit(ask("u1", "C3", "T1"))).toBe(
      "this workspace has asked 2 times in the last minute — please wait 60 s",
    );
    expect(l.admit(ask("u1", "C3", "T2"))).toBeNull();
  });

  it("keeps the per-user briefing cooldown, and a refused request does not count", () => {
    const { l, clock } = limits({ cooldown: 10, channel: 2 });
    expect(l.admit(ask("u1", "C1", null, true))).toBeNull();
    clock.advance(4);
    expect(l.admit(ask("u1", "C1", null, true))).toBe(
      "please wait 6 s before asking for another briefing",
    );
    // The refused briefing did not use up the channel's second request.
    expect(l.admit(ask("u2", "C1", null, true))).toBeNull();
  });

  it("limits nothing that has no channel or workspace, or when the limits are 0", () => {
    const { l } = limits({});
    for (let i = 0; i < 100; i++) expect(l.admit(ask("u1", "C1", "T1", true))).toBeNull();
    const direct = limits({ channel: 1, workspace: 1 }).l;
    for (let i = 0; i < 5; i++) expect(direct.admit(ask("u1", null, null))).toBeNull();
  });
});
