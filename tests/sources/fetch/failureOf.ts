import { SourceFetchError } from "../../../src/sources/types.js";

/** The `SourceFetchError` a promise rejects with; fails the test if it resolves or throws another. */
export async function failureOf(promise: Promise<unknown>): Promise<SourceFetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SourceFetchError) return error;
    throw error;
  }
  throw new Error("expected a SourceFetchError, but the call succeeded");
}
