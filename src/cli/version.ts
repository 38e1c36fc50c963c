/** The package version, read from package.json at run time (the compiled CLI lives in build/cli/cli/). */
import * as fs from "fs";
import * as path from "path";
import { DEFAULT_VERSION } from "../engine/report";

export function packageVersion(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      try {
        const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
        if (pkg.name === "quota-check" && pkg.version) return pkg.version;
      } catch {
        // An unreadable package.json higher up is not ours; keep looking.
      }
    }
    const up = path.dirname(dir);
    if (up === dir) return DEFAULT_VERSION;
    dir = up;
  }
}
