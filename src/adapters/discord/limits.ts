/** Discord's message limits (developer documentation, "Embed Limits" and "Create Message"). */
export const DISCORD_LIMITS = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  /** Sum of all text in all embeds of one message. */
  embedsTotal: 6000,
  embedsPerMessage: 10,
  content: 2000,
  autocompleteChoices: 25,
  choiceName: 100,
} as const;
