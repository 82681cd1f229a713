/**
 * The floor the site's pages are measured against: a bare Next.js app with
 * one page carrying the 2004 release's wire text, built with this checkout's
 * Next, React and Tailwind, and nothing of ours. It is written inside the
 * checkout (git-ignored), where it finds them in node_modules, as Next wants.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const WIRE_TEXT =
  "fixtures/wire/2004-03-29-update-on-status-of-financial-results.txt";

const files = (paragraphs: readonly string[]): Record<string, string> => ({
  "package.json": JSON.stringify({ private: true, type: "module" }),
  "next.config.js": "export default { poweredByHeader: false };\n",
  "postcss.config.mjs":
    'export default { plugins: { "@tailwindcss/postcss": {} } };\n',
  "tsconfig.json": JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      lib: ["dom", "dom.iterable", "esnext"],
      strict: true,
      noEmit: true,
      module: "esnext",
      moduleResolution: "bundler",
      jsx: "react-jsx",
      isolatedModules: true,
      skipLibCheck: true,
      plugins: [{ name: "next" }],
    },
    include: ["**/*.ts", "**/*.tsx"],
  }),
  // Without a hook of its own, Turbopack builds the checkout's instrumentation.ts into it.
  "instrumentation.ts": "export function register() {}\n",
  "app/globals.css": '@import "tailwindcss";\n',
  "app/layout.tsx": `import "./globals.css";
export const metadata = { title: "Bare page", description: "A bare Next.js page" };
export default function Layout({ children }: { children: React.ReactNode }) {
  return <html lang="en"><body className="mx-auto max-w-3xl p-4 font-sans">{children}</body></html>;
}
`,
  "app/page.tsx": `const paragraphs: string[] = ${JSON.stringify(paragraphs)};
export default function Page() {
  return (
    <main>
      <h1 className="mb-4 text-2xl font-semibold">{paragraphs[0]}</h1>
      {paragraphs.slice(1).map((text, index) => (
        <p key={index} className="mb-3 leading-relaxed">{text}</p>
      ))}
    </main>
  );
}
`,
});

export const BARE_PAGE_DIRECTORY = ".next-bench-bare";

/** Writes the bare app afresh; build and serve it with `next` in BARE_PAGE_DIRECTORY. */
export function writeBarePage() {
  const paragraphs = readFileSync(WIRE_TEXT, "utf8")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter((paragraph) => paragraph.length > 0);
  rmSync(BARE_PAGE_DIRECTORY, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files(paragraphs))) {
    const file = path.join(BARE_PAGE_DIRECTORY, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
