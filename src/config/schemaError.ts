import type { z } from "zod";
import { UserError } from "../errors.js";

/**
 * Turns a zod failure into one readable message naming the file, the path of the first bad field
 * and what was expected and found: `config/topics.json: topics[2].id: expected string, found number`.
 */
export function configError(file: string, error: z.ZodError): UserError {
  const lines = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path
      .map((part, i) =>
        typeof part === "number" ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`,
      )
      .join("");
    // zod says "expected string, received number"; our messages say "expected X, found Y".
    const message = issue.message.replace(/^Invalid input: /, "").replace(/\breceived\b/, "found");
    return `${file}: ${path || "(root)"}: ${message}`;
  });
  return new UserError("CONFIG_INVALID", lines.join("\n"));
}
