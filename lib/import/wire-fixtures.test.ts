import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The wire texts in fixtures/wire/ are the reference the fidelity and import
 * tests compare the site with, so they must stay the texts as received: a
 * fixture edited to match a typo in content/ would make those tests agree with
 * the typo. Each is pinned to the SHA-256 of the seed it was copied from; where
 * the seeds folder sits beside the checkout (../shared/seeds), each is also
 * compared with it byte for byte.
 */
const WIRE_TEXTS = [
  {
    fixture:
      "fixtures/wire/2004-03-29-update-on-status-of-financial-results.txt",
    seed: "001_7868f77dc44ab828.txt",
    sha256: "4dc733c8d00b7c8d0195f06bcc1a1e5d59ef6d8ff727f3ef7bdd6085804bed2c",
  },
  {
    fixture:
      "fixtures/wire/2005-03-03-preliminary-fourth-quarter-2004-results.txt",
    seed: "000_833f6f0c6adaf070.txt",
    sha256: "6b7af604ce872299456f05c00a49b369dc9c70b0facd88a4b19416eedfd0370d",
  },
];

const SEEDS_FOLDER = path.join("..", "shared", "seeds");

const sha256Of = (file: string) =>
  createHash("sha256").update(fs.readFileSync(file)).digest("hex");

describe("the wire-text fixtures are the seeds as received", () => {
  it("holds exactly the seeds' texts, no more", () => {
    expect(fs.readdirSync("fixtures/wire").sort()).toEqual(
      WIRE_TEXTS.map(({ fixture }) => path.basename(fixture)).sort(),
    );
  });

  it.each(WIRE_TEXTS)(
    "$fixture is byte for byte the seed $seed",
    ({ fixture, seed, sha256 }) => {
      expect(sha256Of(fixture)).toBe(sha256);
      const seedFile = path.join(SEEDS_FOLDER, seed);
      if (fs.existsSync(seedFile))
        expect(fs.readFileSync(fixture)).toEqual(fs.readFileSync(seedFile));
    },
  );
});
