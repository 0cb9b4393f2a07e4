import type { ChatPlace } from "../../../commands/types.js";
import {
  BUNDLED_CORPUS_SOURCES,
  defaultSourcesFetcher,
  instanceOwner,
  isBundledCorpus,
  loadConfigSources,
  type SourcesWiring,
  type SourcesWiringDeps,
  wireSources,
} from "../../app.js";
import { UserError } from "../../errors.js";
import { silentLogger } from "../../log/logger.js";
import { openStore } from "../../store/openStore.js";
import type { CliContext } from "../cliCommand.js";

/** Whoever runs the CLI owns the data folder, so may manage the sources. */
export const COMMAND_LINE_PLACE: ChatPlace = {
  platform: "cli",
  channelId: "command-line",
  workspaceId: "command-line",
  userId: "command-line",
  canManage: async () => true,
};

/**
 * Stops a command that would write feed articles (`poll`) when the corpus is the sample shipped
 * with briefbot: its folder is the install folder, not the user's.
 */
export function expectOwnCorpus(context: CliContext): void {
  if (isBundledCorpus(context.corpusDir))
    throw new UserError("BAD_ARGUMENT", BUNDLED_CORPUS_SOURCES, 2);
}

/**
 * Runs `work` with the followed sources over the store (config/sources.json validated first),
 * closing the store whatever happens.
 */
export async function withSources<T>(
  context: CliContext,
  work: (sources: SourcesWiring) => Promise<T>,
  extra: Partial<Pick<SourcesWiringDeps, "afterAdding" | "logger">> = {},
): Promise<T> {
  const config = await loadConfigSources(context.configDir);
  const store = await openStore({
    url: context.environment.storeUrl,
    dataDir: context.dataDir,
    logger: silentLogger,
  });
  try {
    return await work(
      wireSources({
        config,
        store,
        fetcher: context.io.fetcher ?? defaultSourcesFetcher(context.io.now),
        corpusDir: context.corpusDir,
        now: context.io.now,
        random: Math.random,
        logger: extra.logger ?? silentLogger,
        owner: instanceOwner(),
        ...(extra.afterAdding ? { afterAdding: extra.afterAdding } : {}),
      }),
    );
  } finally {
    await store.close();
  }
}
