import { buildDigest, type DigestOptions } from "../../briefings/digest.js";
import type { ScheduleSettings } from "../config/scheduleSettings.js";
import type { CorpusIndex } from "../index/corpusIndex.js";
import type { Logger } from "../log/logger.js";
import type { FailingFeed } from "../sources/sourceStatus.js";
import {
  type ChannelCursor,
  channelCursorKey,
  type DigestRun,
  digestRunKey,
  type Subscription,
} from "../store/records.js";
import type { Store } from "../store/store.js";
import {
  type ChannelPoster,
  deliveryMark,
  errorText,
  isTransient,
  type PreparedPost,
  type ScheduledPost,
} from "./delivery.js";

export type { ChannelPoster } from "./delivery.js";

export interface DigestRunDeps {
  readonly store: Store;
  readonly index: () => Promise<CorpusIndex>;
  /** What the digest picks its sentences with (the briefings' `Summarizer`). */
  readonly summarizer: DigestOptions["summarizer"];
  readonly post: ChannelPoster;
  readonly logger: Logger;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  /** This process, as the owner of run locks. */
  readonly instanceId: string;
  readonly settings: ScheduleSettings;
  /** Followed feeds failing for a day or more, for the digest's footer; absent: none named. */
  readonly failingFeeds?: () => Promise<readonly FailingFeed[]>;
}

/**
 * - posted / nothing-new: delivered now (a digest, or the one-line notice, or nothing when silent)
 * - failed: recorded as failed now
 * - retrying: a transient failure; the run waits until its `retryAt` and a sweep takes it up
 * - already-done: an earlier attempt finished it
 * - locked: another instance holds it (or this one lost its lock mid-run and stopped)
 * - missed: outside the catch-up window and never started; nothing is recorded
 */
export type RunOutcome =
  | "posted"
  | "nothing-new"
  | "failed"
  | "retrying"
  | "already-done"
  | "locked"
  | "missed";

const DAY_MS = 86_400_000;

/** This instance no longer holds the run's lock: someone else may be running it. */
class LostLease extends Error {
  override readonly name = "LostLease";
}

/**
 * Runs the digest of one subscription for one scheduled slot, effectively once.
 *
 * The run key is (platform, channel, slot); one instance at a time holds the run's lock and
 * renews it before every step, so a holder that dies is taken over once its lock expires, and a
 * holder that stalled past its lock notices and stops. The digest is split into the platform's
 * messages; each carries a mark derived from the run key and its index (a nonce Discord
 * deduplicates on, and a `ref` in the message), and each is recorded in the run as it lands, so a
 * retry resumes at the first unposted message. A message whose last attempt's outcome is unknown
 * (a crash, a timeout, a dropped connection, any error) is first looked for in the channel, and
 * sent again only if it is not there.
 *
 * Failures: a permanent refusal fails the run after `maxAttempts`; transient ones are retried with
 * back-off, and after `maxAttempts` in a row the run is left waiting (`retryAt`) for a sweep, until
 * the catch-up window (`graceMinutes` after the slot) closes and it is recorded as failed, logged,
 * and the channel told once a day at most. Storage errors propagate: the run stays as recorded and
 * a later sweep takes it up.
 */
export async function runDigest(
  subscription: Subscription,
  slot: Date,
  deps: DigestRunDeps,
): Promise<RunOutcome> {
  const { store, logger, settings } = deps;
  const key = digestRunKey(subscription.platform, subscription.channelId, slot.toISOString());
  const lock = `digest:${key}`;
  const context = {
    platform: subscription.platform,
    channel: subscription.channelId,
    slot: slot.toISOString(),
  };
  const deadline = slot.getTime() + settings.graceMinutes * 60_000;
  const first = await store.runs.get(key);
  if (isDone(first)) return "already-done";
  if (first === null && deps.now().getTime() > deadline) return "missed";
  if (first?.retryAt && Date.parse(first.retryAt) > deps.now().getTime()) return "retrying";
  if (!(await store.acquireLock(lock, deps.instanceId, settings.lockTtlMs))) {
    logger.debug("digest run held by another instance", context);
    return "locked";
  }
  const lease = async () => {
    if (!(await store.renewLock(lock, deps.instanceId, settings.lockTtlMs))) throw new LostLease();
  };
  try {
    const existing = await store.runs.get(key);
    if (isDone(existing)) return "already-done";
    if (existing === null && deps.now().getTime() > deadline) return "missed";
    const index = await deps.index();
    const cursorKey = channelCursorKey(subscription.platform, subscription.channelId);
    const cursor = await store.cursors.get(cursorKey);
    const articleIds = existing?.articleIds ?? newArticles(index, cursor, settings.backfillDays);
    const startedAt = existing?.startedAt ?? deps.now().toISOString();
    let run: DigestRun = {
      key,
      platform: subscription.platform,
      channelId: subscription.channelId,
      slot: slot.toISOString(),
      status: "running",
      attempts: existing?.attempts ?? 0,
      articleIds,
      startedAt,
      finishedAt: null,
      error: existing?.error ?? null,
      delivered: existing?.delivered ?? [],
      retryAt: null,
    };
    const save = async (next: DigestRun) => {
      await lease();
      await store.runs.set(key, next);
      run = next;
    };
    const fail = async (cause: string, attempts: number) => {
      await save({
        ...run,
        status: "failed",
        error: cause,
        retryAt: null,
        finishedAt: deps.now().toISOString(),
      });
      logger.error("digest failed", { ...context, attempts, error: cause });
      await noticeFailure(subscription, key, cursor, deps);
      return "failed" as const;
    };
    if (deps.now().getTime() > deadline) {
      return await fail(
        `not delivered within the catch-up window (${settings.graceMinutes} min)${run.error ? `: ${run.error}` : ""}`,
        run.attempts,
      );
    }
    if (existing === null) await save(run);

    const built = digestReply(
      { index, summarizer: deps.summarizer },
      subscription,
      articleIds,
      new Date(startedAt),
      settings,
    );
    const failingFeeds = built?.kind === "digest" ? ((await deps.failingFeeds?.()) ?? []) : [];
    const reply: ScheduledPost | null =
      built?.kind === "digest" && failingFeeds.length > 0 ? { ...built, failingFeeds } : built;
    if (reply === null) {
      await save({ ...run, status: "skipped", finishedAt: deps.now().toISOString() });
      logger.info("digest skipped: nothing new", context);
      return "nothing-new";
    }
    const prepared = deps.post(subscription, reply);
    if (run.messages !== prepared.count) await save({ ...run, messages: prepared.count });

    // A run someone else started may have landed the message it was sending when it stopped.
    let uncertain = existing !== null;
    let failures = 0;
    while ((run.delivered ?? []).length < prepared.count) {
      const delivered = run.delivered ?? [];
      const mark = deliveryMark(key, delivered.length, prepared.count);
      let landed: string | null = null;
      let failure: unknown = null;
      await lease();
      try {
        landed = await deliver(prepared, mark, uncertain);
      } catch (error) {
        failure = error;
      }
      if (landed !== null) {
        await save({ ...run, delivered: [...delivered, landed] });
        uncertain = false;
        failures = 0;
        continue;
      }
      // Whatever went wrong, the message may have landed: look for it before sending it again.
      uncertain = true;
      failures++;
      const cause = errorText(failure);
      const attempts = run.attempts + 1;
      await save({ ...run, attempts, error: cause });
      logger.warn("digest post failed", {
        ...context,
        attempt: attempts,
        message: delivered.length + 1,
        of: prepared.count,
        transient: isTransient(failure),
        error: failure,
      });
      const delay = Math.min(settings.retryBaseMs * 2 ** (failures - 1), settings.retryMaxMs);
      if (!isTransient(failure) && failures >= settings.maxAttempts) {
        return await fail(cause, attempts);
      }
      if (deps.now().getTime() + delay > deadline) {
        return await fail(
          `not delivered within the catch-up window (${settings.graceMinutes} min): ${cause}`,
          attempts,
        );
      }
      if (failures >= settings.maxAttempts) {
        const retryAt = new Date(deps.now().getTime() + delay).toISOString();
        await save({ ...run, retryAt });
        logger.warn("digest delayed by transient failures", { ...context, retryAt });
        return "retrying";
      }
      await deps.sleep(delay);
    }

    // `attempts` of a posted run counts the successful try too, as it always has.
    await save({
      ...run,
      status: "posted",
      attempts: run.attempts + 1,
      retryAt: null,
      finishedAt: deps.now().toISOString(),
    });
    await store.cursors.set(cursorKey, {
      platform: subscription.platform,
      channelId: subscription.channelId,
      coveredArticleIds: [...new Set([...(cursor?.coveredArticleIds ?? []), ...articleIds])],
      lastSlot: slot.toISOString(),
      lastFailureNoticeAt: cursor?.lastFailureNoticeAt ?? null,
    });
    logger.info("digest posted", {
      ...context,
      attempts: run.attempts,
      messages: prepared.count,
      articles: articleIds.length,
    });
    return reply.kind === "notice" ? "nothing-new" : "posted";
  } catch (error) {
    if (!(error instanceof LostLease)) throw error;
    logger.warn("digest run lost its lock to another instance; stopping", context);
    return "locked";
  } finally {
    await store.releaseLock(lock, deps.instanceId).catch((error: unknown) => {
      logger.warn("could not release a digest lock; it expires on its own", { ...context, error });
    });
  }
}

/** Sends one message; when an earlier attempt may have landed it, looks for it first. */
async function deliver(
  prepared: PreparedPost,
  mark: ReturnType<typeof deliveryMark>,
  uncertain: boolean,
): Promise<string> {
  if (uncertain) {
    const found = await prepared.find(mark);
    if (found !== null) return found;
  }
  return prepared.send(mark);
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

/** The digest as of `asOf` (the run's first start), so every attempt renders the same messages. */
function digestReply(
  { index, summarizer }: { index: CorpusIndex; summarizer: DigestOptions["summarizer"] },
  subscription: Subscription,
  articleIds: readonly string[],
  asOf: Date,
  settings: ScheduleSettings,
): ScheduledPost | null {
  const digest = buildDigest(index, {
    now: asOf,
    summarizer,
    articleIds: new Set(articleIds),
    ...(subscription.topics === null ? {} : { topicIds: subscription.topics }),
  });
  const empty =
    digest.topStories.length === 0 && digest.sections.every((s) => s.sentences.length === 0);
  if (!empty) return { kind: "digest", digest };
  if (settings.whenNothingNew === "silent") return null;
  return { kind: "notice", message: "No new articles on your topics since the last digest." };
}

/** Tells the channel a digest could not be posted — at most once a day, if it can still be read. */
async function noticeFailure(
  subscription: Subscription,
  runKey: string,
  cursor: ChannelCursor | null,
  deps: DigestRunDeps,
) {
  const last = cursor?.lastFailureNoticeAt ? Date.parse(cursor.lastFailureNoticeAt) : 0;
  if (deps.now().getTime() - last < DAY_MS) return;
  try {
    const notice = deps.post(subscription, {
      kind: "notice",
      message: "Today's digest could not be posted here; its articles will be in the next one.",
    });
    for (let i = 0; i < notice.count; i++)
      await notice.send(deliveryMark(`${runKey}:failure-notice`, i, notice.count));
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
