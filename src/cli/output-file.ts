/**
 * Where `quota-check fix` may write, and how. The input is never written: the output is compared with the
 * input as files (real path, then device + inode, so a symbolic or hard link to the input is refused like the
 * input's own name), its folder must exist and be writable, and the file is written to a temporary name in
 * that folder and renamed into place only once complete — nothing partial or empty is ever left behind.
 */
import { constants, promises as fs, type Stats } from "fs";
import * as path from "path";

/** Why OUT cannot be written; each has a "fill.error.output.<reason>" message. */
export type OutputProblem =
  | { readonly reason: "sameFile" }
  | { readonly reason: "exists" }
  | { readonly reason: "isDirectory" }
  | { readonly reason: "noFolder"; readonly folder: string }
  | { readonly reason: "folderNotWritable"; readonly folder: string };

async function statOrNull(p: string, follow = true): Promise<Stats | null> {
  try {
    return follow ? await fs.stat(p) : await fs.lstat(p);
  } catch {
    return null;
  }
}

async function realOrResolved(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return path.resolve(p);
  }
}

/** Same file: the same real path, or the same device and inode (a hard link has its own name). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = [await statOrNull(a), await statOrNull(b)];
  if (sa && sb && sa.dev === sb.dev && sa.ino === sb.ino) return true;
  // OUT does not exist yet: its folder may still be a link to the input's folder.
  const realB = sb ? await realOrResolved(b) : path.join(await realOrResolved(path.dirname(b)), path.basename(b));
  return (await realOrResolved(a)) === realB;
}

/** Every reason OUT cannot be written, checked before any work is shown; null when it can be. */
export async function checkOutputPath(input: string, output: string, force: boolean): Promise<OutputProblem | null> {
  if (await isSameFile(input, output)) return { reason: "sameFile" };
  const folder = path.dirname(path.resolve(output));
  const dir = await statOrNull(folder);
  if (!dir || !dir.isDirectory()) return { reason: "noFolder", folder };
  const existing = await statOrNull(output);
  if (existing?.isDirectory()) return { reason: "isDirectory" };
  try {
    await fs.access(folder, constants.W_OK);
  } catch {
    return { reason: "folderNotWritable", folder };
  }
  // A dangling symbolic link counts as existing too: writing would replace it.
  if (!force && (existing || (await statOrNull(output, false)))) return { reason: "exists" };
  return null;
}

/**
 * Writes `bytes` to OUT through a temporary file beside it, renamed into place once complete. On any
 * failure the temporary file is removed and OUT is left as it was.
 */
export async function writeFileAtomic(output: string, bytes: Uint8Array): Promise<void> {
  const folder = path.dirname(path.resolve(output));
  const temp = path.join(folder, `.${path.basename(output)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: "wx" });
    await fs.rename(temp, output);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}
