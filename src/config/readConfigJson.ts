import { readFile } from "node:fs/promises";
import { UserError } from "../errors.js";

/**
 * The JSON of a config file (`what`: "topics config"), or undefined (which JSON cannot be) when
 * the file is missing and may be. A file that cannot be read or parsed is a one-line `UserError`
 * naming it; with `secret`, a parse error gives only its position, as the parser's excerpt of the
 * text could hold one.
 */
export async function readConfigJson(
  file: string,
  what: string,
  options: { readonly optional: boolean; readonly secret?: boolean },
): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && options.optional) return undefined;
    throw new UserError(
      "CONFIG_INVALID",
      `${file}: cannot read ${what} (${code ?? "unknown error"})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    if (!options.secret) throw new UserError("CONFIG_INVALID", `${file}: invalid JSON: ${message}`);
    const position = /position (\d+)/.exec(message)?.[1];
    throw new UserError(
      "CONFIG_INVALID",
      `${file}: invalid JSON${position === undefined ? "" : ` at character ${position}`}`,
    );
  }
}
