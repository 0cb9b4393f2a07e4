/**
 * One briefbot digest instance as its own process, for the kill -9 chaos test
 * (processChaos.ts): the built scheduler, store and Discord poster (dist/, made by `npm run
 * build`), sweeping every 100 ms, posting through discord.js REST to the fake Discord of the
 * parent. The parent kills it with SIGKILL whenever it likes. Configuration: one JSON argument.
 */
import { REST } from "discord.js";
import { discordPoster } from "../../dist/src/adapters/discord/discordPoster.js";
import { renderDiscord } from "../../dist/src/adapters/discord/renderDiscord.js";
import { BRIEFING_SUMMARIZER, loadEngine } from "../../dist/src/app.js";
import { DEFAULT_SCHEDULE } from "../../dist/src/config/scheduleSettings.js";
import { DigestScheduler, intervalRepeater } from "../../dist/src/schedule/scheduler.js";
import { openStore } from "../../dist/src/store/openStore.js";

const config = JSON.parse(process.argv[2] ?? "{}");
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const paged = new Set(config.paged);
/** One embed per message: digests of several messages, so a kill can fall between them. */
const onePerMessage = (reply) =>
  renderDiscord(reply).flatMap((m) =>
    m.embeds.length <= 1 ? [m] : m.embeds.map((e) => ({ ...m, embeds: [e] })),
  );

const index = await loadEngine({ corpusDir: config.corpusDir, configDir: config.configDir });
const store = await openStore({
  url: config.storeUrl,
  dataDir: config.dataDir,
  logger: quiet,
  redisKeyPrefix: config.prefix,
});
const rest = new REST({ api: config.apiUrl, timeout: 400, retries: 2 }).setToken(config.token);
const byEmbed = discordPoster(rest, onePerMessage);
const whole = discordPoster(rest);
// The round's clock: a minute after its slot when the round started, then real time.
const now = () => new Date(config.slot + 60_000 + (Date.now() - config.roundStart));
const scheduler = new DigestScheduler({
  store,
  index: async () => index,
  summarizer: BRIEFING_SUMMARIZER,
  post: (subscription, reply) =>
    (paged.has(subscription.channelId) ? byEmbed : whole)(subscription.channelId, reply),
  logger: quiet,
  now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  instanceId: config.instanceId,
  settings: {
    ...DEFAULT_SCHEDULE,
    lockTtlMs: 2_500,
    sweepMs: 100,
    retryBaseMs: 20,
    retryMaxMs: 200,
  },
  trigger: () => ({ stop() {} }),
  every: intervalRepeater,
});
await scheduler.start({ pollMs: 0 });
process.send?.("ready");
// Stay alive: the sweep's timers are unref'd, so hold the process open until killed.
setInterval(() => {}, 60_000);
