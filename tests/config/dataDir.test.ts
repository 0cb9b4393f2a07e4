import { describe, expect, it } from "vitest";
import { type DataDirPlace, defaultDataDir } from "../../src/config/dataDir.js";

/** A place on Linux whose file system holds exactly `paths`. */
function place(cwd: string, paths: readonly string[] = [], more: Partial<DataDirPlace> = {}) {
  return {
    cwd,
    env: {},
    platform: "linux" as const,
    home: "/home/ada",
    exists: (path: string) => paths.includes(path),
    ...more,
  };
}

describe("defaultDataDir (BRIEFBOT_DATA_DIR not set)", () => {
  it.each([
    ["a project folder (package.json): ./data", place("/srv/app", ["/srv/app/package.json"])],
    ["a folder whose ./data holds a saved index", place("/srv/x", ["/srv/x/data/index"])],
    [
      "the home folder whose ./data holds the store of an earlier version",
      place("/home/ada", ["/home/ada/data/briefbot.sqlite", "/home/ada/package.json"]),
    ],
    ["no home folder", place("/srv/x", [], { home: null })],
  ])("%s → ./data", (_, at) => {
    expect(defaultDataDir(at)).toBe(`${at.cwd}/data`);
  });

  it.each([
    ["the root", place("/", ["/package.json", "/data"])],
    ["the home folder, even with a package.json", place("/home/ada", ["/home/ada/package.json"])],
    ["a folder that is not a project", place("/tmp/news", ["/tmp/news/data"])],
  ])("%s → ~/.local/share/briefbot", (_, at) => {
    expect(defaultDataDir(at)).toBe("/home/ada/.local/share/briefbot");
  });

  it("takes an absolute XDG_DATA_HOME and ignores a relative one, as the XDG spec says", () => {
    expect(defaultDataDir(place("/", [], { env: { XDG_DATA_HOME: "/data/ada" } }))).toBe(
      "/data/ada/briefbot",
    );
    expect(defaultDataDir(place("/", [], { env: { XDG_DATA_HOME: "share" } }))).toBe(
      "/home/ada/.local/share/briefbot",
    );
  });

  it("uses the platform's user data folder on macOS and Windows", () => {
    expect(defaultDataDir(place("/", [], { platform: "darwin", home: "/Users/ada" }))).toBe(
      "/Users/ada/Library/Application Support/briefbot",
    );
    const windows = { platform: "win32" as const, home: "C:\\Users\\ada" };
    expect(
      defaultDataDir(
        place("C:\\", [], { ...windows, env: { LOCALAPPDATA: "C:\\Users\\ada\\AppData\\Local" } }),
      ),
    ).toBe("C:\\Users\\ada\\AppData\\Local\\briefbot");
    expect(defaultDataDir(place("C:\\Users\\ada", [], windows))).toBe(
      "C:\\Users\\ada\\AppData\\Local\\briefbot",
    );
    expect(defaultDataDir(place("D:\\work", ["D:\\work\\package.json"], windows))).toBe(
      "D:\\work\\data",
    );
  });
});
