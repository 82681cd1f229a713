/**
 * After a build: gives every prerendered page a script policy that allows its
 * own inline scripts by hash and no other (lib/publish/script-policy.ts).
 * `tsx scripts/pin-script-policy.ts <folder of HTML pages>`: the build's
 * server/app folder for `next start`, or out/ for the static export.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withScriptPolicy } from "../lib/publish/script-policy";

function main() {
  const [folder] = process.argv.slice(2);
  if (folder === undefined)
    throw new Error("usage: pin-script-policy <folder of HTML pages>");
  const pages = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name));
  if (pages.length === 0) throw new Error(`${folder}: no HTML page to pin`);
  for (const page of pages) {
    try {
      writeFileSync(page, withScriptPolicy(readFileSync(page, "utf8")));
    } catch (error) {
      throw new Error(
        `${page}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  // `next start` serves a page from a copy it makes there on the first
  // request; a copy made before the pages were pinned would be served as it is.
  rmSync(path.join(folder, "..", "route-cache"), {
    recursive: true,
    force: true,
  });
  console.log(
    `script policy: ${pages.length} pages in ${folder} allow only their own inline scripts`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
