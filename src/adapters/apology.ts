/**
 * What a chat user reads when the platform refused an answer that was ready (a failed reply or
 * post): the details go to the log, never to the chat.
 */
export const APOLOGY = "Sorry — I could not answer this time. Please try again in a moment.";
