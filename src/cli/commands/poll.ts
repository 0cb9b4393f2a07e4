import { syncAfterPoll } from "../../app.js";
import { isUserError } from "../../errors.js";
import type { LiveCorpus } from "../../index/liveCorpus.js";
import { silentLogger } from "../../log/logger.js";
import type { FeedPollResult } from "../../sources/pollFeed.js";
import { terminalLine } from "../../text/terminalText.js";
import type { CliCommandSpec, CliContext } from "../cliCommand.js";
import { expectNoArguments } from "./noArguments.js";
import { expectOwnCorpus, withSources } from "./sourcesAccess.js";

const HELP = `Usage: briefbot poll [--all] [--json]

Polls every live source that is due (every source with --all) once, writes its new articles to
<corpus>/sources/, brings them into the saved index, and exits: for cron users who do not run
\`briefbot serve\`. Prints what each feed added, and the feeds that failed (on stderr).
--json prints {"feeds": [{"id", "name", "url", "outcome", "itemsSeen", "added", "error"}],
"added", "articles"}.`;

export const pollCli: CliCommandSpec = {
  name: "poll",
  leadsSharedIndex: true,
  synopsis: "poll [--all]",
  summary: "poll the due live sources once and add their new articles",
  help: HELP,
  options: { all: { type: "boolean" } },
  async run(context) {
    const { args } = context;
    expectNoArguments("poll", args);
    expectOwnCorpus(context);
    // A folder that only feeds will fill may be empty (or not there yet) before the first poll.
    const corpus = await loadUnlessEmpty(context);
    const results = await withSources(
      context,
      ({ poller }) => poller.pollOnce({ all: args.options.all === true }),
      corpus === null ? {} : { afterAdding: syncAfterPoll(corpus, silentLogger) },
    );
    const added = results.some((r) => r.added.length > 0);
    const indexed = corpus ?? (added ? await context.loadLiveCorpus() : null);
    print(context, results, indexed?.index.articles.length ?? 0);
    return 0;
  },
};

/** The live corpus, or null when its folder holds no article yet (or does not exist yet). */
export async function loadUnlessEmpty(context: CliContext): Promise<LiveCorpus | null> {
  try {
    return await context.loadLiveCorpus();
  } catch (error) {
    if (isUserError(error) && (error.code === "CORPUS_EMPTY" || error.code === "CORPUS_NOT_FOUND"))
      return null;
    throw error;
  }
}

function print(
  { args, io }: CliContext,
  results: readonly FeedPollResult[],
  articles: number,
): void {
  const added = results.reduce((sum, r) => sum + r.added.length, 0);
  if (args.json) {
    io.stdout(`${JSON.stringify({ feeds: results, added, articles }, null, 2)}\n`);
    return;
  }
  if (results.length === 0) io.stdout("No source is due (briefbot poll --all polls every one).\n");
  for (const result of results) {
    if (result.outcome === "failed") {
      io.stderr(
        `${terminalLine(result.name)}: failed (${result.error?.kind}: ${terminalLine(result.error?.message ?? "")})\n`,
      );
      continue;
    }
    const count = result.added.length;
    io.stdout(
      `${terminalLine(result.name)}: ${count === 0 ? "nothing new" : `${count} new article${count === 1 ? "" : "s"}`}\n`,
    );
    for (const article of result.added) {
      io.stdout(
        `  + ${terminalLine(article.title ?? "(untitled)")}${article.url ? ` <${terminalLine(article.url)}>` : ""}${article.pageFailed ? " (page unreadable: feed text kept)" : ""}\n`,
      );
    }
  }
  io.stdout(
    `${added} article${added === 1 ? "" : "s"} added; ${articles.toLocaleString("en-US")} articles in the index\n`,
  );
}
