import { afterEach, describe, expect, it } from "vitest";
import { findCommand } from "../../commands/index.js";
import { runCommand } from "../../commands/runCommand.js";
import type { ChatPlace, CommandInput, Reply } from "../../commands/types.js";
import { present } from "../../src/present/present.js";
import type { SourcesService } from "../../src/sources/sourcesService.js";
import { extractiveSummarizer } from "../../src/summarize/extractiveSummarizer.js";
import { bundled } from "../helpers/engine.js";
import { articleFiles, cleanUp, configOf, rig } from "./harness.js";

afterEach(cleanUp);

const FEED = "https://news.test/feed.xml";

function place(canManage: boolean, workspaceId: string | null = "T1"): ChatPlace {
  return {
    platform: "slack",
    channelId: "C1",
    workspaceId,
    userId: "U1",
    canManage: async () => canManage,
  };
}

async function sources(
  input: CommandInput,
  service: SourcesService | undefined,
  where: ChatPlace | undefined,
): Promise<Reply> {
  const command = findCommand("sources");
  if (!command) throw new Error("no /sources");
  const { index } = await bundled();
  const { reply } = await runCommand(
    command,
    input,
    {
      index,
      summarizer: extractiveSummarizer,
      now: () => new Date("2026-01-15T08:00:00.000Z"),
      ...(service ? { sources: service } : {}),
      ...(where ? { place: where } : {}),
    },
    null,
  );
  return reply;
}

describe("/sources in chat", () => {
  it("lists the sources with their health for anyone", async () => {
    const { fetcher, wiring } = await rig({ config: configOf([{ url: FEED, name: "News" }]) });
    fetcher.feeds.set(FEED, { items: [] });
    await wiring.poller.pollOnce();
    const reply = await sources({}, wiring.registry, place(false));
    expect(reply.kind).toBe("sources");
    const document = present(reply);
    expect(document.summary).toBe("1 source");
    expect(document.sections[0]?.lines).toEqual([
      {
        kind: "bullet",
        text: "News — https://news.test/feed.xml (every 15 min, from config/sources.json): last read 2026-01-15 08:00 UTC, 0 items, 0 articles added, next poll 2026-01-15 08:15 UTC",
      },
    ]);
  });

  it("adds a site by its home page for a channel manager: discovery gives the feed", async () => {
    const { fetcher, wiring } = await rig();
    fetcher.feeds.set(FEED, { items: [] });
    fetcher.homes.set("https://news.test/", [FEED]);
    const reply = await sources(
      { action: "add", source: "https://news.test/", name: "News" },
      wiring.registry,
      place(true),
    );
    expect(present(reply).sections[0]?.lines).toEqual([
      {
        kind: "text",
        text: "Following News (https://news.test/feed.xml) every 15 min; its new articles come in at the next poll.",
      },
    ]);
    expect((await wiring.registry.all()).map((s) => [s.url, s.name, s.origin, s.addedBy])).toEqual([
      [FEED, "News", "added", "U1"],
    ]);
  });

  it("refuses add and remove to people who cannot manage the channel, and in DMs", async () => {
    const { wiring } = await rig();
    expect(await sources({ action: "add", source: FEED }, wiring.registry, place(false))).toEqual({
      kind: "user-error",
      message:
        "only people who can manage this channel can change the sources — ask a channel admin",
      suggestions: [],
    });
    expect(
      await sources({ action: "remove", source: FEED }, wiring.registry, place(true, null)),
    ).toEqual({
      kind: "user-error",
      message: "sources are changed from a channel, not a direct message",
      suggestions: [],
    });
    expect(await wiring.registry.all()).toEqual([]);
  });

  it("refuses a non-http address, a duplicate and a site with no feed, saying why", async () => {
    const { fetcher, wiring } = await rig({ config: configOf([{ url: FEED, name: "News" }]) });
    fetcher.homes.set("https://empty.test/", []);
    const error = async (source: string) => {
      const reply = await sources({ action: "add", source }, wiring.registry, place(true));
      return reply.kind === "user-error" ? reply.message : reply.kind;
    };
    expect(await error("javascript:alert(1)")).toBe(
      "'javascript:alert(1)' is not an http(s) address — give the site's or the feed's URL, like https://example.com/feed.xml",
    );
    expect(await error("https://NEWS.test/feed.xml?utm_source=x")).toBe(
      "https://news.test/feed.xml is already followed as 'News' (in config/sources.json)",
    );
    expect(await error("https://empty.test/")).toBe(
      "https://empty.test/ announces no feed — give the address of its RSS, Atom or JSON feed",
    );
    expect(await error("https://gone.test/")).toBe("cannot read https://gone.test/: 404 Not Found");
  });

  it("removes an added source by name, but not one of config/sources.json", async () => {
    const { fetcher, wiring } = await rig({ config: configOf([{ url: FEED, name: "News" }]) });
    fetcher.feeds.set("https://other.test/rss", { items: [] });
    await sources(
      { action: "add", source: "https://other.test/rss", name: "Other" },
      wiring.registry,
      place(true),
    );
    const refused = await sources(
      { action: "remove", source: "news" },
      wiring.registry,
      place(true),
    );
    expect(refused).toMatchObject({
      message: "News is listed in config/sources.json — remove it there and restart",
    });
    const removed = await sources(
      { action: "remove", source: "other" },
      wiring.registry,
      place(true),
    );
    expect(removed.kind).toBe("sources");
    expect((await wiring.registry.all()).map((s) => s.name)).toEqual(["News"]);
  });

  it("checks every feed now for a manager, storing nothing, and names each one's failure", async () => {
    const { fetcher, wiring, corpusDir } = await rig({
      config: configOf([{ url: FEED, name: "News" }, { url: "https://gone.test/rss" }]),
    });
    fetcher.feeds.set(FEED, { title: "News feed", items: [] });
    const reply = await sources({ action: "check" }, wiring.registry, place(true));
    expect(reply.kind === "sources" ? reply.view.checks : null).toEqual([
      { name: "News", url: FEED, ok: true, items: 0, title: "News feed", error: null },
      {
        name: "gone.test",
        url: "https://gone.test/rss",
        ok: false,
        items: 0,
        title: null,
        error: { kind: "http", message: "404 Not Found" },
      },
    ]);
    expect(present(reply).summary).toBe("2 feeds checked, 1 failing");
    expect((await wiring.registry.list()).map((s) => s.lastSuccessAt)).toEqual([null, null]);
    expect(articleFiles(corpusDir)).toEqual([]);
    expect(await sources({ action: "check" }, wiring.registry, place(false))).toMatchObject({
      kind: "user-error",
    });
  });

  it("says where sources live when the face has none, and refuses an unknown action", async () => {
    expect(await sources({}, undefined, place(true))).toMatchObject({
      message: "live sources are not followed here — run briefbot serve",
    });
    const { wiring } = await rig();
    expect(await sources({ action: "purge" }, wiring.registry, place(true))).toMatchObject({
      message: "unknown action 'purge' — use list, add, remove or check",
    });
  });
});
