/**
 * Writes a synthetic archive into a new content folder, for the browser
 * tests of an archive of many years:
 * `tsx scripts/write-synthetic-content.ts <folder> <count> [releases a year]`.
 */
import { writeSyntheticContent } from "./synthetic-content";

const [directory, count, releasesPerYear] = process.argv.slice(2);
if (!directory || !count) {
  console.error(
    "usage: tsx scripts/write-synthetic-content.ts <folder> <count> [releases a year]",
  );
  process.exit(2);
}
writeSyntheticContent(Number(count), {
  directory,
  releasesPerYear:
    releasesPerYear === undefined ? undefined : Number(releasesPerYear),
});
console.log(`synthetic archive: ${count} releases written to ${directory}/`);
