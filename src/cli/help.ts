/** Help texts: `briefbot --help` and `briefbot <command> --help`. */
export const GLOBAL_OPTIONS = `Global options (every command):
  --corpus <dir>   folder of articles (.txt .md .html .json .jsonl); default: the bundled corpus
  --config <dir>   folder with topics.json; default: the bundled config
  --json           print machine-readable JSON (documented in README.md)
  --limit <n>      number of sentences (brief: 1-20, digest: per topic 1-10)
  -h, --help       show help`;

export const MAIN_HELP = `briefbot — per-topic news briefings with citations

Usage: briefbot <command> [options]

Commands:
  topics           list the topics and how much the corpus says about each
  brief <topic>    briefing on one topic (id, title or unambiguous prefix)
  digest           the daily digest: top stories, then a section per topic
  start            print the digest, or serve Slack/Discord when credentials are set
  help [command]   show help

${GLOBAL_OPTIONS}

Exit codes: 0 ok, 1 corpus or config problem, 2 bad command line or unknown topic, 70 internal error.`;

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  topics:
    "Usage: briefbot topics [--json]\n\nLists the configured topics with the number of sentences and articles on each.",
  brief:
    "Usage: briefbot brief <topic> [--limit n] [--json]\n\nBriefing on one topic: its most central, non-redundant sentences, each citing its source.\nThe topic may be its id (geneva-talks), its title or an unambiguous prefix (geneva).",
  digest:
    "Usage: briefbot digest [--limit n] [--json]\n\nThe daily digest: the top stories across topics, then a short section per topic.",
  start:
    "Usage: briefbot start\n\nWith no chat credentials (DISCORD_TOKEN, SLACK_BOT_TOKEN), prints the digest of the corpus\nand explains how to connect Slack or Discord.",
  help: "Usage: briefbot help [command]",
};
