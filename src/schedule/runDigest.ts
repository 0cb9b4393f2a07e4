import { buildDigest } from "../../briefings/digest.js";
import type { Reply } from "../../commands/types.js";
import type { CorpusIndex } from "../index/corpusIndex.js";
import type { Logger } from "../log/logger.js";
import {
  type ChannelCursor,
  channelCursorKey,
  type DigestRun,
  digestRunKey,
  type Subscription,
} from "../store/records.js";
import type { Store } from "../store/store.js";
import type { ScheduleSettings } from "./scheduleSettings.js";

/** Sends a reply to a channel of a platform; throws when the platform refuses. */
export type ChannelPoster = (subscription: Subscription, reply: Reply) => Promise<void>;

export interface DigestRunDeps {
  readonly store: Store;
  readonly index: () => Promise<CorpusIndex>;
  readonly post: ChannelPoster;
  readonly logger: Logger;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  /** This process, as the owner of run locks. */
  readonly instanceId: string;
  readonly settings: ScheduleSettings;
}

export type RunOutcome = "posted" | "nothing-new" | "failed" | "already-done" | "locked";

const DAY_MS = 86_400_000;

/**
 * Runs the digest of one subscription for one scheduled slot, exactly once:
 * the run's idempotency key is (platform, channel, slot); a lock with expiry makes one instance
 * do it; a run already recorded as posted, skipped or failed is never redone, and a run left
 * "running" by a holder that died is taken over once its lock has expired.
 * The digest covers the articles the channel has not been sent yet (the first one: the last
 * `backfillDays` of the corpus). Posting is retried with exponential back-off, then the run is
 * recorded as failed, logged, and the channel told once a day at most.
 *
 * Delivery guarantee: effectively once. The only double post possible is an instance dying in
 * the instant between the platform accepting the message and the run being recorded; we accept
 * that over the alternative (a crash before posting losing the digest).
 */
export async function runDigest(
  subscription: Subscription,
  slot: Date,
  deps: DigestRunDeps,
): Promise<RunOutcome> {
  const { store, logger } = deps;
  const key = digestRunKey(subscription.platform, subscription.channelId, slot.toISOString());
  const lock = `digest:${key}`;
  const context = {
    platform: subscription.platform,
    channel: subscription.channelId,
    slot: slot.toISOString(),
  };
  if (isDone(await store.runs.get(key))) return "already-done";
  if (!(await store.acquireLock(lock, deps.instanceId, deps.settings.lockTtlMs))) {
    logger.debug("digest run held by another instance", context);
    return "locked";
  }
  try {
    const existing = await store.runs.get(key);
    if (isDone(existing)) return "already-done";
    const index = await deps.index();
    const cursorKey = channelCursorKey(subscription.platform, subscription.channelId);
    const cursor = await store.cursors.get(cursorKey);
    const articleIds = newArticles(index, cursor, deps.settings.backfillDays);
    const run: DigestRun = {
      key,
      platform: subscription.platform,
      channelId: subscription.channelId,
      slot: slot.toISOString(),
      status: "running",
      attempts: existing?.attempts ?? 0,
      articleIds,
      startedAt: deps.now().toISOString(),
      finishedAt: null,
      error: null,
    };
    await store.runs.set(key, run);

    const reply = digestReply(index, subscription, articleIds, deps);
    if (reply === null) {
      await store.runs.set(key, {
        ...run,
        status: "skipped",
        finishedAt: deps.now().toISOString(),
      });
      logger.info("digest skipped: nothing new", context);
      return "nothing-new";
    }
    let lastError = "";
    for (let attempt = run.attempts + 1; attempt <= deps.settings.maxAttempts; attempt++) {
      try {
        await deps.post(subscription, reply);
        await store.runs.set(key, {
          ...run,
          status: "posted",
          attempts: attempt,
          finishedAt: deps.now().toISOString(),
        });
        await store.cursors.set(cursorKey, {
          platform: subscription.platform,
          channelId: subscription.channelId,
          coveredArticleIds: [...new Set([...(cursor?.coveredArticleIds ?? []), ...articleIds])],
          lastSlot: slot.toISOString(),
          lastFailureNoticeAt: cursor?.lastFailureNoticeAt ?? null,
        });
        logger.info("digest posted", { ...context, attempt, articles: articleIds.length });
        return reply.kind === "notice" ? "nothing-new" : "posted";
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
        await store.runs.set(key, { ...run, attempts: attempt, error: lastError });
        logger.warn("digest post failed", { ...context, attempt, error });
        if (attempt < deps.settings.maxAttempts)
          await deps.sleep(deps.settings.retryBaseMs * 2 ** (attempt - 1));
      }
    }
    await store.runs.set(key, {
      ...run,
      status: "failed",
      attempts: deps.settings.maxAttempts,
      error: lastError,
      finishedAt: deps.now().toISOString(),
    });
    logger.error("digest failed", {
      ...context,
      attempts: deps.settings.maxAttempts,
      error: lastError,
    });
    await noticeFailure(subscription, cursor, deps);
    return "failed";
  } finally {
    await store.releaseLock(lock, deps.instanceId);
  }
}

function isDone(run: DigestRun | null): boolean {
  return run !== null && run.status !== "running";
}

/** Articles this channel has not been sent; for a first digest, the last `backfillDays`. */
export function newArticles(
  index: CorpusIndex,
  cursor: ChannelCursor | null,
  backfillDays: number,
): string[] {
  if (cursor) {
    const covered = new Set(cursor.coveredArticleIds);
    return index.articles.filter((a) => !covered.has(a.id)).map((a) => a.id);
  }
  const dated = index.articles
    .map((a) => (a.date ? Date.parse(a.date) : Number.NaN))
    .filter((t) => !Number.isNaN(t));
  const newest = dated.length > 0 ? Math.max(...dated) : Number.NaN;
  return index.articles
    .filter((a) => {
      if (!a.date || Number.isNaN(newest)) return true;
      return Date.parse(a.date) >= newest - backfillDays * DAY_MS;
    })
    .map((a) => a.id);
}

function digestReply(
  index: CorpusIndex,
  subscription: Subscription,
  articleIds: readonly string[],
  deps: DigestRunDeps,
): Reply | null {
  const digest = buildDigest(index, {
    now: deps.now(),
    articleIds: new Set(articleIds),
    ...(subscription.topics === null ? {} : { topicIds: subscription.topics }),
  });
  const empty =
    digest.topStories.length === 0 && digest.sections.every((s) => s.sentences.length === 0);
  if (!empty) return { kind: "digest", digest };
  if (deps.settings.whenNothingNew === "silent") return null;
  return { kind: "notice", message: "No new articles on your topics since the last digest." };
}

/** Tells the channel a digest could not be posted — at most once a day, if it can still be read. */
async function noticeFailure(
  subscription: Subscription,
  cursor: ChannelCursor | null,
  deps: DigestRunDeps,
) {
  const last = cursor?.lastFailureNoticeAt ? Date.parse(cursor.lastFailureNoticeAt) : 0;
  if (deps.now().getTime() - last < DAY_MS) return;
  try {
    await deps.post(subscription, {
      kind: "notice",
      message:
        "Today's digest could not be posted here after several attempts; it will be tried again at the next scheduled time.",
    });
  } catch {
    // The channel is gone or read-only: the logs already say so.
  }
  await deps.store.cursors.set(channelCursorKey(subscription.platform, subscription.channelId), {
    platform: subscription.platform,
    channelId: subscription.channelId,
    coveredArticleIds: cursor?.coveredArticleIds ?? [],
    lastSlot: cursor?.lastSlot ?? null,
    lastFailureNoticeAt: deps.now().toISOString(),
  });
}
