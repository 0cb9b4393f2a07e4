/**
 * The two apologies a chat user may read; the details go to the log, never to the chat.
 */

/** A bug while preparing the answer: the `failure` reply of runChatCommand. */
export const FAILURE_MESSAGE =
  "Sorry — something went wrong while preparing this answer. Please try again.";

/** The platform refused an answer that was ready (a failed reply or post). */
export const APOLOGY = "Sorry — I could not answer this time. Please try again in a moment.";
