/**
 * The only reader of environment variables (STYLE.md §4): parsed once at start-up into a frozen
 * object. Secrets are kept only as "present or not" here until the chat adapters need them, so they
 * can never be logged by accident.
 */
export interface Environment {
  readonly discordConfigured: boolean;
  readonly slackConfigured: boolean;
  /** `NO_COLOR` / non-TTY handling is left to callers; width for terminal wrapping. */
  readonly columns: number | null;
}

export function readEnvironment(env: NodeJS.ProcessEnv): Environment {
  const present = (name: string): boolean => (env[name] ?? "").trim() !== "";
  const columns = Number.parseInt(env.COLUMNS ?? "", 10);
  return Object.freeze({
    discordConfigured: present("DISCORD_TOKEN"),
    slackConfigured: present("SLACK_BOT_TOKEN"),
    columns: Number.isFinite(columns) && columns >= 40 ? columns : null,
  });
}
