import { posix, win32 } from "node:path";

/** Where briefbot is run from, and what it may look at to choose its data folder. */
export interface DataDirPlace {
  /** Absolute working folder. */
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  /** The user's home folder; null or "" when there is none. */
  readonly home: string | null;
  /** Whether a path exists (a file or a folder). */
  readonly exists: (path: string) => boolean;
}

/**
 * The data folder (saved index, SQLite store) when BRIEFBOT_DATA_DIR is not set:
 * - `./data` when it already holds briefbot's state (`index/` or `briefbot.sqlite`), wherever
 *   that is, so state written by earlier versions stays in use;
 * - `./data` in a project folder: one holding a package.json (this repository, or a project that
 *   installed briefbot), other than the home folder and the file system's root;
 * - else the user's data folder: `$XDG_DATA_HOME/briefbot`, else `~/.local/share/briefbot`
 *   (`~/Library/Application Support/briefbot` on macOS, `%LOCALAPPDATA%\briefbot` on Windows),
 *   so that running from `/` or `~` neither fails on a read-only root nor leaves a `data/` behind.
 * Without a home folder, `./data`.
 */
export function defaultDataDir(place: DataDirPlace): string {
  const path = place.platform === "win32" ? win32 : posix;
  const local = path.join(place.cwd, "data");
  if (["index", "briefbot.sqlite"].some((state) => place.exists(path.join(local, state)))) {
    return local;
  }
  const home = place.home || null;
  const atTop = place.cwd === path.parse(place.cwd).root || place.cwd === home;
  if (!atTop && place.exists(path.join(place.cwd, "package.json"))) return local;
  if (home === null) return local;
  return path.join(userDataHome(place, home), "briefbot");
}

/** The platform's folder for per-user application data. */
function userDataHome({ env, platform }: DataDirPlace, home: string): string {
  if (platform === "win32") return env.LOCALAPPDATA || win32.join(home, "AppData", "Local");
  const xdg = env.XDG_DATA_HOME;
  // The XDG spec ignores a relative XDG_DATA_HOME.
  if (xdg && posix.isAbsolute(xdg)) return xdg;
  if (platform === "darwin") return posix.join(home, "Library", "Application Support");
  return posix.join(home, ".local", "share");
}
