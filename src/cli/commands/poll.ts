import { syncAfterPoll } from "../../app.js";
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
  synopsis: "poll [--all]",
  summary: "poll the due live sources once and add their new articles",
  help: HELP,
  options: { all: { type: "boolean" } },
  async run(context) {
    const { args } = context;
    expectNoArguments("poll", args);
    expectOwnCorpus(context);
    const corpus = await context.loadLiveCorpus();
    const results = await withSources(
      context,
      ({ poller }) => poller.pollOnce({ all: args.options.all === true }),
      { afterAdding: syncAfterPoll(corpus, silentLogger) },
    );
    print(context, results, corpus.index.articles.length);
    return 0;
  },
};

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
