import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { expandPaths } from "../../src/cli/walk";

describe("expandPaths", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "qc-walk-"));
    for (const name of ["b.xlsx", "a.XLSX", "~$a.xlsx", "notes.txt", "c.xls", "d.xlsm", "e.csv"]) await fs.writeFile(path.join(dir, name), "");
    await fs.mkdir(path.join(dir, "sub.xlsx"));
    await fs.mkdir(path.join(dir, "empty"));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("lists a directory's workbooks sorted (.xls too, to be reported), without lock files, other files or sub-directories", async () => {
    const { files, emptyDirs } = await expandPaths([dir]);
    expect(files).toEqual(["a.XLSX", "b.xlsx", "c.xls", "d.xlsm"].map((f) => path.join(dir, f)));
    expect(emptyDirs).toEqual([]);
  });

  it("keeps files and missing paths as given, in order, and names empty directories", async () => {
    const empty = path.join(dir, "empty");
    const { files, emptyDirs } = await expandPaths(["x/missing.xlsx", empty, path.join(dir, "notes.txt")]);
    expect(files).toEqual(["x/missing.xlsx", path.join(dir, "notes.txt")]);
    expect(emptyDirs).toEqual([empty]);
  });
});
