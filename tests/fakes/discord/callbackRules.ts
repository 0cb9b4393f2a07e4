import { InteractionResponseType, InteractionType } from "discord.js";
import { invalidFormBody, isRecord, maxLength, required } from "./formErrors.js";
import type { Reply } from "./http.js";
import { checkMessageBody } from "./messageRules.js";

const R = InteractionResponseType;

/** Which callback types Discord accepts for each interaction type. */
const ALLOWED: Readonly<Record<number, readonly number[]>> = {
  [InteractionType.Ping]: [R.Pong],
  [InteractionType.ApplicationCommand]: [
    R.ChannelMessageWithSource,
    R.DeferredChannelMessageWithSource,
    R.Modal,
    R.LaunchActivity,
  ],
  [InteractionType.MessageComponent]: [
    R.ChannelMessageWithSource,
    R.DeferredChannelMessageWithSource,
    R.DeferredMessageUpdate,
    R.UpdateMessage,
    R.Modal,
    R.LaunchActivity,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [R.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    R.ChannelMessageWithSource,
    R.DeferredChannelMessageWithSource,
    R.DeferredMessageUpdate,
    R.UpdateMessage,
  ],
};

function choicesProblem(choices: unknown): Reply | null {
  const at = ["data", "choices"];
  if (!Array.isArray(choices)) return invalidFormBody([required(at)]);
  if (choices.length > 25) return invalidFormBody([maxLength(at, 25)]);
  const bad = choices.findIndex((choice) => {
    const { name, value } = isRecord(choice) ? choice : {};
    const nameOk = typeof name === "string" && name.length >= 1 && name.length <= 100;
    const valueOk = typeof value === "number" || (typeof value === "string" && value.length <= 100);
    return !nameOk || !valueOk;
  });
  if (bad < 0) return null;
  return invalidFormBody([
    {
      path: [...at, bad],
      code: "BASE_TYPE_BAD_LENGTH",
      message: "Must be between 1 and 100 in length.",
    },
  ]);
}

function modalProblem(data: Record<string, unknown>): Reply | null {
  const { custom_id: customId, title } = data;
  if (typeof customId === "string" && typeof title === "string" && title.length <= 45) return null;
  return invalidFormBody([
    {
      path: ["data"],
      code: "MODAL_INVALID",
      message: "A modal needs a custom_id and a title of at most 45 characters",
    },
  ]);
}

/**
 * Checks an interaction callback body `{ type, data }` as Discord does: the type must suit the
 * interaction, and `data` must respect the limits of that type. Returns the error reply, or null.
 */
export function checkCallback(
  interactionType: number,
  type: unknown,
  data: Record<string, unknown>,
  fileCount: number,
): Reply | null {
  const allowed = ALLOWED[interactionType] ?? [];
  if (typeof type !== "number" || !allowed.includes(type)) {
    return invalidFormBody([
      {
        path: ["type"],
        code: "INTERACTION_RESPONSE_TYPE_INVALID",
        message: `Expected one of ${allowed.join(", ")} for interaction type ${interactionType}, found ${String(type)}`,
      },
    ]);
  }
  switch (type) {
    case R.ChannelMessageWithSource:
    case R.UpdateMessage:
      return checkMessageBody(data, { isEdit: type === R.UpdateMessage, fileCount, at: ["data"] });
    case R.ApplicationCommandAutocompleteResult:
      return choicesProblem(data.choices);
    case R.Modal:
      return modalProblem(data);
    default:
      return null;
  }
}
