import { stat } from "node:fs/promises";
import { UserError } from "../../errors.js";
import type { UpdateReport } from "../../index/liveCorpus.js";
import type { CliCommandSpec, CliContext } from "../cliCommand.js";
import { progressReporter } from "../progress.js";
import { warningLine } from "../warningLine.js";

const HELP = `Usage: briefbot ingest <file|folder>... [--corpus dir] [--json]

Adds articles to the saved index of the corpus (in the data folder's index/: BRIEFBOT_DATA_DIR,
default ./data in a project folder, else ~/.local/share/briefbot or the platform's equivalent)
without analysing again what is already there: only new and changed files are read, cleaned and
split, and the index is updated. A folder is read recursively, with its own manifest.json.
Files inside the corpus folder are simply picked up; files from elsewhere are added to it and
stay in the saved index. A running \`briefbot serve --watch\` picks the new articles up.

Progress goes to stderr: a bar when stdout is a terminal, a line every 500 files otherwise.
--json prints {"targets": [{"path", "added", "changed", "unchanged"}], "articles", "version"}.

Exit codes: 0 ok, 1 the corpus or config cannot be used, 2 no such file or folder.`;

export const ingestCli: CliCommandSpec = {
  name: "ingest",
  leadsSharedIndex: true,
  synopsis: "ingest <file|folder>...",
  summary: "add articles to the saved index without re-analysing the rest",
  help: HELP,
  async run(context) {
    const { args, io } = context;
    if (args.positionals.length === 0) {
      throw new UserError(
        "BAD_ARGUMENT",
        "ingest needs a file or folder — try: briefbot ingest ./news",
        2,
      );
    }
    if (args.limit !== null) throw new UserError("BAD_ARGUMENT", "ingest takes no --limit", 2);
    // Every target is checked before any is ingested: a typo in the third path must not leave
    // the first two half-reported.
    for (const target of args.positionals) {
      const path = context.resolvePath(target);
      await stat(path).catch(() => {
        throw new UserError(
          "BAD_ARGUMENT",
          `nothing to ingest at ${path}: no such file or folder`,
          2,
        );
      });
    }
    const progress = progressReporter({
      write: io.stderr,
      tty: io.stdoutIsTTY === true,
      label: "ingest",
    });
    const live = await context.loadLiveCorpus((done, total) => progress.update(done, total));
    progress.finish();
    const before = new Set(live.index.warnings.map((w) => `${w.file}\n${w.reason}`));
    const results: { path: string; report: UpdateReport }[] = [];
    try {
      for (const target of args.positionals) {
        const path = context.resolvePath(target);
        results.push({ path, report: await live.ingest(path, (d, t) => progress.update(d, t)) });
        progress.finish();
      }
    } finally {
      // What was ingested before a failure is kept.
      await live.save();
    }
    for (const w of live.index.warnings) {
      if (!before.has(`${w.file}\n${w.reason}`)) io.stderr(warningLine(w));
    }
    print(context, results, live.index.articles.length, live.index.version);
    return 0;
  },
};

function print(
  { args, io }: CliContext,
  results: readonly { path: string; report: UpdateReport }[],
  articles: number,
  version: string,
): void {
  if (args.json) {
    const targets = results.map(({ path, report }) => ({
      path,
      added: report.added,
      changed: report.changed,
      unchanged: report.unchanged,
    }));
    io.stdout(`${JSON.stringify({ targets, articles, version }, null, 2)}\n`);
    return;
  }
  for (const { path, report } of results) {
    io.stdout(
      `${path}: ${report.added} new, ${report.changed} changed, ${report.unchanged} unchanged file(s)\n`,
    );
  }
  io.stdout(
    `${articles.toLocaleString("en-US")} articles in the index (corpus version ${version})\n`,
  );
}
