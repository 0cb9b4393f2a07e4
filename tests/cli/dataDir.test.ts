import { chmodSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cli, makeTempDir, removeTempDirs } from "./cliHarness.js";

afterEach(removeTempDirs);

/** Root writes through a folder's mode bits, so a read-only folder cannot be made for it. */
const AS_ROOT = process.getuid?.() === 0;

/** Where the saved index goes under a home folder when nothing says otherwise. */
const USER_DATA =
  process.platform === "darwin" ? "Library/Application Support/briefbot" : ".local/share/briefbot";

function unwritable(dataDir: string, reason: string): string {
  return `briefbot: cannot write to the data folder ${dataDir}: ${reason} — set BRIEFBOT_DATA_DIR to a folder briefbot can write\n`;
}

describe("an unwritable data folder", () => {
  it.skipIf(AS_ROOT)(
    `(mode 0500) is a one-line error naming it and BRIEFBOT_DATA_DIR, exit 1${AS_ROOT ? " — skipped: running as root, which writes through mode 0500" : ""}`,
    async () => {
      const dataDir = makeTempDir();
      chmodSync(dataDir, 0o500);
      try {
        const result = await cli(["brief", "nato"], { env: { BRIEFBOT_DATA_DIR: dataDir } });
        expect(result).toEqual({
          code: 1,
          stdout: "",
          stderr: unwritable(dataDir, "EACCES (permission denied)"),
        });
      } finally {
        chmodSync(dataDir, 0o700);
      }
    },
  );

  it("(a file in its way) is the same one-line error, exit 1, for root too", async () => {
    const parent = makeTempDir({ "a-file": "not a folder" });
    const dataDir = join(parent, "a-file", "data");
    const result = await cli(["topics"], { env: { BRIEFBOT_DATA_DIR: dataDir } });
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: unwritable(dataDir, "ENOTDIR (a path component is not a folder)"),
    });
  });
});

describe.skipIf(process.platform === "win32")("without BRIEFBOT_DATA_DIR", () => {
  it("run from / it keeps its data in the user's data folder and writes nothing in /", async () => {
    const home = makeTempDir();
    const before = readdirSync("/");
    const result = await cli(["topics"], {
      cwd: "/",
      env: { BRIEFBOT_DATA_DIR: undefined, HOME: home },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(readdirSync("/")).toEqual(before);
    expect(readdirSync(join(home, USER_DATA, "index"))).toHaveLength(1);
  });

  it("run from the home folder it leaves no data/ there", async () => {
    const home = makeTempDir();
    const result = await cli(["topics"], {
      cwd: home,
      env: { BRIEFBOT_DATA_DIR: undefined, HOME: home },
    });
    expect(result.code).toBe(0);
    expect(existsSync(join(home, "data"))).toBe(false);
    expect(readdirSync(join(home, USER_DATA, "index"))).toHaveLength(1);
  });

  it("honours XDG_DATA_HOME", async () => {
    const home = makeTempDir();
    const xdg = makeTempDir();
    const result = await cli(["topics"], {
      cwd: "/",
      env: { BRIEFBOT_DATA_DIR: undefined, HOME: home, XDG_DATA_HOME: xdg },
    });
    expect(result.code).toBe(0);
    expect(readdirSync(join(xdg, "briefbot", "index"))).toHaveLength(1);
    expect(readdirSync(home)).toEqual([]);
  });

  it("run from a project folder (package.json) it keeps ./data, as before", async () => {
    const home = makeTempDir();
    const project = makeTempDir({ "package.json": "{}" });
    const result = await cli(["topics"], {
      cwd: project,
      env: { BRIEFBOT_DATA_DIR: undefined, HOME: home },
    });
    expect(result.code).toBe(0);
    expect(readdirSync(join(project, "data", "index"))).toHaveLength(1);
    expect(readdirSync(home)).toEqual([]);
  });
});
