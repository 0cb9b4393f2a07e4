import { type InputOf, parseInput } from "./parseInput.js";
import type { Granted } from "./preconditions/grants.js";
import type {
  Command,
  CommandCliHelp,
  CommandDefinition,
  CommandDeps,
  OptionDefinition,
  PreconditionName,
  Reply,
} from "./types.js";

export interface CommandSpec<
  Options extends readonly OptionDefinition[],
  Preconditions extends readonly PreconditionName[],
> {
  readonly name: string;
  readonly description: string;
  readonly options: Options;
  readonly preconditions?: Preconditions;
  readonly cli?: CommandCliHelp;
  /**
   * Gets the input parsed and checked against `options`, and deps with what the preconditions
   * granted. Synchronous for queries of the index; asynchronous when it touches the store.
   */
  execute(
    input: InputOf<Options>,
    deps: CommandDeps & Granted<Preconditions>,
  ): Reply | Promise<Reply>;
}

/** A command whose input type is known: what `interpretQuestion` and tests refer to. */
export interface DefinedCommand<Input, Deps> extends Command {
  execute(input: Input, deps: Deps): Reply | Promise<Reply>;
}

/**
 * One command: its definition (what the chat platforms register and help lists) and its typed
 * `execute`. Input is parsed once, by `prepare`; `runCommand` checks the preconditions and runs.
 */
export function defineCommand<
  const Options extends readonly OptionDefinition[],
  const Preconditions extends readonly PreconditionName[] = [],
>(
  spec: CommandSpec<Options, Preconditions>,
): DefinedCommand<InputOf<Options>, CommandDeps & Granted<Preconditions>> {
  const definition: CommandDefinition = {
    name: spec.name,
    description: spec.description,
    options: spec.options,
    preconditions: spec.preconditions ?? [],
    ...(spec.cli ? { cli: spec.cli } : {}),
  };
  return {
    definition,
    execute: (input, deps) => spec.execute(input, deps),
    prepare(raw) {
      const parsed = parseInput(spec.name, spec.options, raw);
      if (!parsed.ok) return parsed;
      return {
        ok: true,
        // `runCommand` calls this only once every declared precondition has passed, and
        // `granted` is what they gave: the deps `execute` was declared with.
        run: (deps, granted) =>
          spec.execute(parsed.input, { ...deps, ...granted } as CommandDeps &
            Granted<Preconditions>),
      };
    },
  };
}
