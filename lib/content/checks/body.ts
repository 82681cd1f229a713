import { toString as mdastText } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { ContentProblem } from "../errors";
import { isSetApartSection, setApartSections } from "../markdown";
import { bodyProblem, type ContentRule } from "./rule";

const allowedUrlProtocols = new Set(["http:", "https:", "mailto:", "tel:"]);

function urlProblem(url: string): string | undefined {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return undefined; // a relative URL: resolved against the page, it keeps the page's own http(s) scheme
  }
  return allowedUrlProtocols.has(protocol)
    ? undefined
    : `link to ${JSON.stringify(url)} uses ${protocol} – only ${[...allowedUrlProtocols].join(" ")} links are allowed`;
}

export const bodyOpensWithLead: ContentRule = {
  name: "body-opens-with-lead",
  description:
    "The body is not empty and opens with the lead paragraph that follows the dateline.",
  check: (release) => {
    const [first] = release.tree.children;
    if (!first) return [bodyProblem(release, undefined, "the body is empty")];
    return first.type === "paragraph"
      ? []
      : [
          bodyProblem(
            release,
            first,
            "the body must open with the lead paragraph that follows the dateline",
          ),
        ];
  },
};

export const noRawHtml: ContentRule = {
  name: "no-raw-html",
  description: "The body is markdown only: raw HTML is refused.",
  check: (release) => {
    const problems: ContentProblem[] = [];
    visit(release.tree, "html", (node) => {
      problems.push(
        bodyProblem(
          release,
          node,
          `raw HTML is not allowed (${JSON.stringify(node.value.slice(0, 60))}); write markdown instead`,
        ),
      );
    });
    return problems;
  },
};

export const safeLinks: ContentRule = {
  name: "safe-links",
  description:
    "Links, images and link definitions go to http(s), mailto: or tel: addresses, or to pages of the site.",
  check: (release) => {
    const problems: ContentProblem[] = [];
    visit(release.tree, (node) => {
      if (
        node.type !== "link" &&
        node.type !== "image" &&
        node.type !== "definition"
      )
        return;
      const problem = urlProblem(node.url);
      if (problem) problems.push(bodyProblem(release, node, problem));
    });
    return problems;
  },
};

export const sectionsStartAtH2: ContentRule = {
  name: "sections-start-at-h2",
  description: "Sections start at ##: the headline comes from front matter.",
  check: (release) => {
    const problems: ContentProblem[] = [];
    visit(release.tree, "heading", (node) => {
      if (node.depth === 1)
        problems.push(
          bodyProblem(
            release,
            node,
            `"# ${mdastText(node)}": the headline comes from front matter; sections start at ##`,
          ),
        );
    });
    return problems;
  },
};

const knownBlocks = Object.keys(setApartSections)
  .map((name) => `:::${name}`)
  .join(", ");

export const setApartBlocks: ContentRule = {
  name: "set-apart-blocks",
  description: `The only blocks are ${knownBlocks}, each at most once and closed by a ::: line.`,
  check: (release) => {
    const problems: ContentProblem[] = [];
    const seen = new Set<string>();
    visit(release.tree, "containerDirective", (node) => {
      const report = (message: string) =>
        problems.push(bodyProblem(release, node, message));
      if (seen.has(node.name))
        report(`a second ":::${node.name}" block; a release has at most one`);
      seen.add(node.name);
      if (!isSetApartSection(node.name))
        report(
          `unknown block ":::${node.name}"; known blocks are ${knownBlocks}`,
        );
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? release.markdown.length;
      if (!release.markdown.slice(start, end).trimEnd().endsWith(":::"))
        report(`block ":::${node.name}" is never closed with a ":::" line`);
    });
    return problems;
  },
};
