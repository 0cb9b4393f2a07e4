import { describe, expect, expectTypeOf, it } from "vitest";
import { defineCommand } from "../../commands/defineCommand.js";
import type { RequestGate } from "../../commands/preconditions/precondition.js";
import { runCommand } from "../../commands/runCommand.js";
import type { ChatPlace, CommandDeps, SubscriptionService } from "../../commands/types.js";
import { extractiveSummarizer as summarizer } from "../../src/summarize/extractiveSummarizer.js";
import { bundled } from "../helpers/engine.js";

/** A command that echoes what it was given, to watch the runner from outside. */
const echo = defineCommand({
  name: "echo",
  description: "Says back its input",
  preconditions: ["briefing-cooldown", "manage-channel"],
  options: [
    { name: "text", description: "what to say", type: "string", required: true, maxLength: 5 },
    { name: "times", description: "how often", type: "integer", required: false, min: 1, max: 3 },
  ],
  execute(input, deps) {
    return {
      kind: "notice",
      message: `${input.text}×${input.times ?? 1} in ${deps.place.channelId}`,
    };
  },
});

async function deps(canManage: boolean): Promise<CommandDeps> {
  const { index } = await bundled();
  const place: ChatPlace = {
    platform: "slack",
    channelId: "C1",
    workspaceId: "T1",
    userId: "U1",
    canManage: async () => canManage,
  };
  const subscriptions = {} as SubscriptionService;
  return { index, summarizer, now: () => new Date("2026-01-15T12:00:00Z"), place, subscriptions };
}

/** A gate that refuses every request after `allowed` of them, and counts what it saw. */
function gate(allowed: number): RequestGate & { readonly seen: boolean[] } {
  const seen: boolean[] = [];
  return {
    seen,
    admit: ({ briefing }) => {
      seen.push(briefing);
      return seen.length > allowed ? "please wait 5 s before asking for another briefing" : null;
    },
  };
}

describe("defineCommand", () => {
  it("infers the input type from the options: required always there, optional maybe", () => {
    expectTypeOf<Parameters<typeof echo.execute>[0]>().toEqualTypeOf<
      { readonly text: string } & { readonly times?: number }
    >();
  });

  it("parses the input once: trimmed text, whole numbers, the same messages as ever", async () => {
    const d = await deps(true);
    const run = async (input: Record<string, string | number>) =>
      (await runCommand(echo, input, d, null)).reply;
    expect(await run({ text: " hi ", times: "2" })).toEqual({
      kind: "notice",
      message: "hi×2 in C1",
    });
    expect(await run({})).toMatchObject({ message: "/echo needs text: what to say" });
    expect(await run({ text: "toolong" })).toMatchObject({
      message: "text is too long (7 characters, at most 5)",
    });
    expect(await run({ text: "hi", times: "2.5" })).toMatchObject({
      message: "times must be a whole number, not '2.5'",
    });
    expect(await run({ text: "hi", times: 9 })).toMatchObject({
      message: "times must be between 1 and 3, not 9",
    });
    expect(await run({ text: "hi", loud: "yes" })).toMatchObject({
      message: "/echo has no option 'loud'",
    });
  });
});

describe("runCommand checks the declared preconditions", () => {
  it("counts a malformed request against the limits, and refuses past them before parsing", async () => {
    const d = await deps(true);
    const limits = gate(1);
    expect((await runCommand(echo, {}, d, limits)).refused).toBeNull();
    const refused = await runCommand(echo, {}, d, limits);
    expect(refused).toEqual({
      reply: {
        kind: "user-error",
        message: "please wait 5 s before asking for another briefing",
        suggestions: [],
      },
      refused: "limit",
    });
    expect(limits.seen).toEqual([true, true]);
  });

  it("tells a malformed request what is wrong before checking who may run it", async () => {
    const d = await deps(false);
    expect((await runCommand(echo, {}, d, null)).reply).toMatchObject({
      message: "/echo needs text: what to say",
    });
    expect(await runCommand(echo, { text: "hi" }, d, null)).toMatchObject({
      reply: {
        message:
          "only people who can manage this channel can change its digest — ask a channel admin",
      },
      refused: "access",
    });
  });

  it("refuses a manage command outside a chat channel, and in a direct message", async () => {
    const { index } = await bundled();
    const bare = { index, summarizer, now: () => new Date() };
    expect((await runCommand(echo, { text: "hi" }, bare, null)).reply).toMatchObject({
      message: "digests are scheduled from a Slack or Discord channel — use this command there",
    });
    const d = await deps(true);
    const dm = { ...d, place: { ...(d.place as ChatPlace), workspaceId: null } };
    expect((await runCommand(echo, { text: "hi" }, dm, null)).reply).toMatchObject({
      message: "digests are for channels, not direct messages",
    });
  });
});
