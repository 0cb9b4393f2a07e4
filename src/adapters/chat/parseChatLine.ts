import { LEFTOVER_WORDS } from "../../../commands/parseInput.js";
import type { Command, CommandInput } from "../../../commands/types.js";

export type ChatLine =
  | { readonly kind: "command"; readonly name: string; readonly input: CommandInput }
  | { readonly kind: "question"; readonly text: string }
  | { readonly kind: "quit" }
  | { readonly kind: "empty" };

/**
 * Reads one chat line the way chat platforms take slash commands: "/brief nato",
 * "/brief topic:nato limit:3", "/official Bliken", "/subscribe 08:00 Europe/Paris iran-talks".
 * Named `option:value` pairs go to their option; the remaining words fill the text options in
 * order (all of them into the only one, when a command has one), and a lone number with no text
 * option to take it is the command's count ("/stories 5"); an option with a form of its own
 * (`since`) is only ever named ("/brief nato since:7d"). Anything not starting with "/" is a
 * free-text question.
 */
export function parseChatLine(line: string, commands: readonly Command[]): ChatLine {
  const text = line.trim();
  if (text === "") return { kind: "empty" };
  if (!text.startsWith("/")) return { kind: "question", text };
  const [head = "", ...words] = text.slice(1).split(/\s+/);
  const name = head.toLowerCase();
  if (name === "quit" || name === "exit") return { kind: "quit" };
  const command = commands.find((c) => c.definition.name === name);
  if (!command) return { kind: "command", name, input: {} };
  const input: Record<string, string | number | undefined> = {};
  const free: string[] = [];
  for (const word of words) {
    const named = /^([a-z]+):(.*)$/.exec(word);
    const option = named ? command.definition.options.find((o) => o.name === named[1]) : undefined;
    if (named && option) input[option.name] = named[2] ?? "";
    else free.push(word);
  }
  const open = command.definition.options.filter(
    (o) => o.type === "string" && o.format === undefined && input[o.name] === undefined,
  );
  // A lone number with no text option to take it is the count ("/stories 5").
  const count = command.definition.options.find(
    (o) => o.type === "integer" && input[o.name] === undefined,
  );
  if (open.length === 0 && count && free.length === 1 && /^\d+$/.test(free[0] ?? "")) {
    input[count.name] = free[0];
  } else if (free.length > 0) {
    if (open.length === 0) input[LEFTOVER_WORDS] = free.join(" ");
    else if (open.length === 1 || free.length < open.length) {
      // One text option (a topic, a name): all the words are it ("/brief US talks in Geneva").
      const [first] = open;
      if (first) input[first.name] = free.join(" ");
    } else {
      // Several ("/subscribe 08:00 Europe/Paris iran-talks nato-unity"): one word each, in order,
      // the last option taking the rest.
      open.forEach((o, i) => {
        input[o.name] = i === open.length - 1 ? free.slice(i).join(" ") : (free[i] ?? "");
      });
    }
  }
  return { kind: "command", name, input };
}
