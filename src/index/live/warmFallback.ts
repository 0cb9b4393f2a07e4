import { errorMessage, isUserError } from "../../errors.js";
import { joinProblems, warmStateProblem } from "./savedIndexProblems.js";
import type { UpdateReport } from "./updateReport.js";

/**
 * Opens with the saved work put back (`WarmState`), and when the index could not be built on it,
 * opens again without it: from freshly read analyses, which no memo of the failed attempt refers
 * to. The report then says why the saved work was done again.
 */
export async function openWithWarmFallback<T extends { readonly report: UpdateReport }>(
  open: (useWarm: boolean) => Promise<T>,
): Promise<T> {
  try {
    return await open(true);
  } catch (error) {
    if (!(error instanceof WarmStateFailure)) throw error;
    const opened = await open(false);
    return {
      ...opened,
      report: {
        ...opened.report,
        snapshotProblem: joinProblems(
          warmStateProblem(errorMessage(error.cause)),
          opened.report.snapshotProblem,
        ),
      },
    };
  }
}

/**
 * What to throw when the first update after opening failed: when the saved work was put back,
 * it is to blame (and `openWithWarmFallback` tries without it), unless the failure is the
 * person's to fix (a `UserError`, such as an empty corpus), which no retry would mend.
 */
export function blameWarmState(error: unknown, warmRestored: boolean): unknown {
  return !warmRestored || isUserError(error) ? error : new WarmStateFailure(error);
}

/** The index could not be built on the saved work put back. */
class WarmStateFailure extends Error {
  override readonly name = "WarmStateFailure";
  constructor(override readonly cause: unknown) {
    super("building the index on the saved work failed");
  }
}
