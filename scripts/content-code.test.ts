import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { codeVersionOf, contentCodeFiles } from "./content-code";

let files: string[];
beforeAll(async () => {
  files = await contentCodeFiles();
});

/**
 * The files a module of lib/content imports from this repository, read with
 * TypeScript's own parser and resolver: an account of the imports that does
 * not come from the import graph under test.
 */
function localImportsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"));
  const options: ts.CompilerOptions = {
    baseUrl: ".",
    paths: { "@/*": ["./*"] },
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    allowImportingTsExtensions: true,
  };
  return importedFiles.flatMap(({ fileName }) => {
    const resolved = ts.resolveModuleName(fileName, file, options, ts.sys)
      .resolvedModule?.resolvedFileName;
    return resolved && !resolved.includes("node_modules")
      ? [path.relative(process.cwd(), resolved)]
      : [];
  });
}

describe("the content code that keys the cache", () => {
  it("is what lib/content imports, through lib/calls, lib/time, lib/text and lib/site", () => {
    expect(files).toContain("lib/content/load.ts");
    expect(files).toContain("lib/calls/call-phase.ts");
    expect(files).toContain("lib/time/instants.ts");
    expect(files.some((file) => file.startsWith("components/"))).toBe(false);
  });

  it("holds every file each module of lib/content imports", () => {
    const modules = fs
      .readdirSync("lib/content")
      .filter((name) => /\.tsx?$/.test(name) && !name.includes(".test."))
      .map((name) => path.join("lib/content", name));
    const outside = modules.flatMap((module) =>
      localImportsOf(module)
        .filter((imported) => !files.includes(imported))
        .map((imported) => `${module} imports ${imported}`),
    );
    expect(outside).toEqual([]);
    expect(modules.flatMap(localImportsOf)).toContain(
      "lib/calls/call-phase.ts",
    );
  });

  it("changes when lib/calls/call-phase.ts changes, so the next build parses every release again", () => {
    const read = (changed: string) => (file: string) =>
      file === changed
        ? Buffer.concat([fs.readFileSync(file), Buffer.from("\n// changed\n")])
        : fs.readFileSync(file);
    const now = codeVersionOf(files);
    expect(codeVersionOf(files)).toBe(now);
    expect(codeVersionOf(files, read("lib/calls/call-phase.ts"))).not.toBe(now);
    expect(codeVersionOf(files, read("package-lock.json"))).not.toBe(now);
  });
});
