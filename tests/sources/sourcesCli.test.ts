import { copyFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cli, cliJson, makeTempDir, REPO_ROOT, removeTempDirs } from "../cli/cliHarness.js";
import { FakeFetcher } from "./fakeFetcher.js";
import { THREE_ITEMS } from "./feedArticles.js";

afterEach(removeTempDirs);

const FEED = "https://live.test/feed.xml";

/** A corpus of two bundled articles, a data folder of its own, and a fake fetcher. */
function setup() {
  const corpus = makeTempDir();
  for (const file of ["000_3ab86442644f17d1.txt", "001_af7f786ff45170bb.txt"]) {
    copyFileSync(join(REPO_ROOT, "corpus", file), join(corpus, file));
  }
  const env = { BRIEFBOT_DATA_DIR: makeTempDir() };
  const fetcher = new FakeFetcher();
  fetcher.homes.set("https://live.test/", [FEED]);
  fetcher.feeds.set(FEED, { title: "Live Test", items: [...THREE_ITEMS] });
  return { corpus, env, fetcher };
}

interface ListJson {
  action: string;
  sources: { name: string; url: string; origin: string; articlesAdded: number }[];
}

describe("briefbot sources", () => {
  it("adds a site by its home page, lists it, and removes it, with --json", async () => {
    const { env, fetcher } = setup();
    const added = await cliJson<ListJson>(
      ["sources", "add", "https://live.test/", "--name", "Live"],
      {
        env,
        fetcher,
      },
    );
    expect(added.action).toBe("add");
    expect(added.sources.map((s) => [s.name, s.url, s.origin])).toEqual([["Live", FEED, "added"]]);
    const listed = await cliJson<ListJson>(["sources"], { env, fetcher });
    expect(listed.sources.map((s) => s.name)).toEqual(["Live"]);
    const again = await cli(["sources", "add", FEED], { env, fetcher });
    expect([again.code, again.stderr]).toEqual([
      2,
      `briefbot: ${FEED} is already followed as 'Live'\n`,
    ]);
    const removed = await cli(["sources", "remove", "Live"], { env, fetcher });
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain("No longer following Live (https://live.test/feed.xml)");
    expect((await cliJson<ListJson>(["sources"], { env, fetcher })).sources).toEqual([]);
  });

  it("takes a poll interval per source with --every, within 5 to 1440 minutes", async () => {
    const { env, fetcher } = setup();
    const tooOften = await cli(["sources", "add", FEED, "--every", "2"], { env, fetcher });
    expect([tooOften.code, tooOften.stderr]).toEqual([
      2,
      "briefbot: every must be between 5 and 1440, not 2\n",
    ]);
    const added = await cliJson<{ sources: { intervalMinutes: number }[] }>(
      ["sources", "add", FEED, "--every", "30"],
      { env, fetcher },
    );
    expect(added.sources[0]?.intervalMinutes).toBe(30);
  });

  it("refuses a bad action and --name without add, as usage errors", async () => {
    const { env, fetcher } = setup();
    expect(await cli(["sources", "purge"], { env, fetcher })).toEqual({
      code: 2,
      stdout: "",
      stderr: "briefbot: unknown sources action 'purge' — use list, add, remove or check\n",
    });
    expect((await cli(["sources", "list", "--name", "x"], { env, fetcher })).stderr).toBe(
      "briefbot: --name and --every go with sources add\n",
    );
  });

  it("never writes feed articles into the bundled sample corpus: poll without --corpus says how", async () => {
    const { env, fetcher } = setup();
    await cli(["sources", "add", FEED], { env, fetcher });
    expect(await cli(["poll"], { env, fetcher })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "briefbot: live sources write their articles into the corpus folder, and this is the bundled sample corpus: pass --corpus <folder> (a folder of your own) to follow feeds\n",
    });
    expect(fetcher.calls.filter((c) => c.kind === "feed")).toEqual([]);
    expect(existsSync(join(REPO_ROOT, "corpus", "sources"))).toBe(false);
  });
});

describe("/sources in the local chat", () => {
  it("lists and adds as on the command line: the person at the terminal manages them", async () => {
    const { env, fetcher } = setup();
    const result = await cli(["chat"], {
      env,
      fetcher,
      columns: 200,
      lines: ["/sources add https://live.test/ name:Live", "/sources"],
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "Following Live (https://live.test/feed.xml) every 15 min; its new articles come in at the next poll.",
    );
    expect(result.stdout).toContain(
      "Live — https://live.test/feed.xml (every 15 min): never read yet, 0 items, 0 articles added, next poll now",
    );
  });
});

describe("briefbot poll, end to end with a fake fetcher", () => {
  it("starts a corpus folder that does not exist yet: the first poll creates it and indexes what it wrote", async () => {
    const { env, fetcher } = setup();
    const corpus = join(makeTempDir(), "news");
    await cli(["sources", "add", FEED], { env, fetcher });
    const polled = await cliJson<{ added: number; articles: number }>(
      ["poll", "--corpus", corpus],
      { env, fetcher },
    );
    expect(polled).toMatchObject({ added: 3, articles: 3 });
    expect(readdirSync(join(corpus, "sources", "live-test"))).toHaveLength(3);
    const again = await cli(["poll", "--all", "--corpus", corpus], { env, fetcher });
    expect(again.stdout).toBe(
      "Live Test: nothing new\n0 articles added; 3 articles in the index\n",
    );
  });

  it("adds the feed's three items, which digest and search then show with outlet and link; a poll with changed GUIDs adds nothing", async () => {
    const { corpus, env, fetcher } = setup();
    await cli(["sources", "add", FEED], { env, fetcher });
    const before = await cliJson<{ topics: { corpusArticles: number }[] }>(
      ["topics", "--corpus", corpus],
      { env },
    );
    const articlesBefore = before.topics[0]?.corpusArticles ?? 0;
    const polled = await cliJson<{ added: number; articles: number; feeds: { name: string }[] }>(
      ["poll", "--corpus", corpus],
      { env, fetcher },
    );
    expect([polled.added, polled.articles, polled.feeds.map((f) => f.name)]).toEqual([
      3,
      articlesBefore + 3,
      ["Live Test"],
    ]);
    expect(readdirSync(join(corpus, "sources", "live-test"))).toHaveLength(3);

    const search = await cliJson<{ sources: { title: string; outlet: string; url: string }[] }>(
      ["search", "Riabkov", "--corpus", corpus],
      { env, fetcher },
    );
    expect(search.sources).toContainEqual(
      expect.objectContaining({
        title: "À Genève, Sherman et Riabkov poursuivent leurs pourparlers",
        outlet: "Live Test",
        url: "https://live.test/geneve-pourparlers",
      }),
    );
    const digest = await cliJson<{ sources: { title: string; outlet: string; url: string }[] }>(
      ["digest", "--corpus", corpus],
      { env, fetcher },
    );
    const live = digest.sources.filter((s) => s.outlet === "Live Test");
    expect(live.map((s) => s.url).sort()).toEqual([
      "https://live.test/geneve-pourparlers",
      "https://live.test/iran-vienne",
      "https://live.test/otan-sommet",
    ]);

    fetcher.feeds.set(FEED, {
      title: "Live Test",
      items: THREE_ITEMS.map((item, i) => ({ ...item, guid: `rewritten-${i}` })),
    });
    const second = await cli(["poll", "--all", "--corpus", corpus], { env, fetcher });
    expect(second.stdout).toBe(
      `Live Test: nothing new\n0 articles added; ${articlesBefore + 3} articles in the index\n`,
    );
    expect(readdirSync(join(corpus, "sources", "live-test"))).toHaveLength(3);
  });
});

describe("briefbot serve with live sources and no chat credentials", () => {
  it("polls them at start, brings their articles into the index, and stops cleanly", async () => {
    const { corpus, env, fetcher } = setup();
    await cli(["sources", "add", FEED, "--name", "Live"], { env, fetcher });
    const shutdown = new AbortController();
    let log = "";
    let indexUpdated = () => {};
    const updated = new Promise<void>((resolve) => {
      indexUpdated = resolve;
    });
    const served = cli(["serve", "--corpus", corpus], {
      env,
      fetcher,
      shutdown: shutdown.signal,
      onStderr: (text) => {
        log += text;
        if (text.includes("sources: index updated")) indexUpdated();
      },
    });
    await updated;
    shutdown.abort("SIGTERM");
    expect((await served).code).toBe(0);
    expect(readdirSync(join(corpus, "sources", "live"))).toHaveLength(3);
    expect(log).toContain('"added":3');
    expect(log).toContain("shutting down");
    const listed = await cliJson<{ sources: { articlesAdded: number; lastSuccessAt: string }[] }>(
      ["sources"],
      { env, fetcher },
    );
    expect(listed.sources).toEqual([
      expect.objectContaining({ articlesAdded: 3, lastSuccessAt: "2026-01-15T08:00:00.000Z" }),
    ]);
  });

  it("on an empty corpus folder, polls the sources once before serving, then serves their articles", async () => {
    const { env, fetcher } = setup();
    const corpus = makeTempDir();
    await cli(["sources", "add", FEED, "--name", "Live"], { env, fetcher });
    const shutdown = new AbortController();
    let log = "";
    const started = new Promise<void>((resolve) => {
      const served = cli(["serve", "--corpus", corpus], {
        env,
        fetcher,
        shutdown: shutdown.signal,
        onStderr: (text) => {
          log += text;
          if (text.includes("briefbot serving")) resolve();
        },
      });
      void served.then((result) => {
        log += `\nexit ${result.code}\n${result.stdout}`;
        resolve();
      });
    });
    await started;
    shutdown.abort("SIGTERM");
    await vi.waitFor(() => expect(log).toContain("exit 0"), { timeout: 10_000 });
    expect(log).toContain(
      "briefbot: the corpus folder holds no article yet: polling the live sources first",
    );
    expect(log).toContain('"articles":3');
    expect(log).toContain("Live: 3 new articles");
    expect(readdirSync(join(corpus, "sources", "live"))).toHaveLength(3);
  });

  it("on the bundled sample corpus, says feeds need a corpus folder of their own and polls nothing", async () => {
    const { env, fetcher } = setup();
    await cli(["sources", "add", FEED, "--name", "Live"], { env, fetcher });
    const result = await cli(["serve"], { env, fetcher });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "briefbot: live sources write their articles into the corpus folder, and this is the bundled sample corpus: pass --corpus <folder> (a folder of your own) to follow feeds\n",
    );
    expect(result.stdout).toContain("Daily briefing");
    expect(fetcher.calls.filter((c) => c.kind === "feed")).toEqual([]);
  });
});
