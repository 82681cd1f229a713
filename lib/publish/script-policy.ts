import { createHash } from "node:crypto";
import { parse, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/**
 * Where scripts may come from besides the hashed inline ones: the site's own
 * files, and WebAssembly compiled by the search. The same sources as the
 * script-src of the header in next.config.js, less 'unsafe-inline'.
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * The `type` values with which a browser runs a script's text (HTML's
 * JavaScript MIME type essences, modules, import maps and speculation rules,
 * all governed by script-src); any other type is a data block, such as JSON-LD.
 */
const executableTypes = new Set([
  "",
  "module",
  "importmap",
  "speculationrules",
  "application/ecmascript",
  "application/javascript",
  "application/x-ecmascript",
  "application/x-javascript",
  "text/ecmascript",
  "text/javascript",
  "text/javascript1.0",
  "text/javascript1.1",
  "text/javascript1.2",
  "text/javascript1.3",
  "text/javascript1.4",
  "text/javascript1.5",
  "text/jscript",
  "text/livescript",
  "text/x-ecmascript",
  "text/x-javascript",
]);

const attribute = (element: Element, name: string) =>
  element.attrs.find((attr) => attr.name === name)?.value;

function* elements(node: Node): Generator<Element> {
  if ("tagName" in node) yield node;
  if ("childNodes" in node)
    for (const child of node.childNodes) yield* elements(child);
  if ("content" in node) yield* elements(node.content);
}

function isInlineExecutable(element: Element): boolean {
  if (element.tagName !== "script" || attribute(element, "src") !== undefined)
    return false;
  const type = (attribute(element, "type") ?? "").trim().toLowerCase();
  return executableTypes.has(type);
}

function scriptText(element: Element): string {
  return element.childNodes
    .map((child) => ("value" in child ? child.value : ""))
    .join("");
}

const sha256 = (text: string) =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

function policyOfDocument(document: Node): string {
  const hashes = new Set(
    [...elements(document)]
      .filter(isInlineExecutable)
      .map((script) => sha256(scriptText(script))),
  );
  return ["script-src", ...scriptSources, ...[...hashes].sort()].join(" ");
}

/** The script-src that lets exactly this page's own inline scripts run. */
export function scriptPolicyOf(html: string): string {
  return policyOfDocument(parse(html));
}

/**
 * The page with a Content-Security-Policy `<meta>` that allows its inline
 * scripts by hash and no other, placed before its first script (after the
 * charset, which must stay in the first 1,024 bytes). A browser enforces it
 * together with the header's policy, so an injected inline script is refused
 * even though the header, the same for every page, allows inline scripts.
 */
export function withScriptPolicy(html: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const head = [...elements(document)].find(
    (element) => element.tagName === "head",
  );
  const headStart = head?.sourceCodeLocation?.startTag?.endOffset;
  if (head === undefined || headStart === undefined)
    throw new Error("the page has no <head> written in its HTML");
  const existing = head.childNodes.find(
    (child) =>
      "tagName" in child &&
      child.tagName === "meta" &&
      attribute(child, "http-equiv")?.toLowerCase() ===
        "content-security-policy",
  );
  if (existing !== undefined)
    throw new Error("the page already has a Content-Security-Policy <meta>");
  const [first] = head.childNodes;
  const afterCharset =
    first !== undefined &&
    "tagName" in first &&
    first.tagName === "meta" &&
    attribute(first, "charset") !== undefined
      ? first.sourceCodeLocation?.endOffset
      : undefined;
  const at = afterCharset ?? headStart;
  // Parsed once: at a few thousand pages of 150 KB, a second parse doubled the step.
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyOfDocument(document)}"/>`;
  return html.slice(0, at) + meta + html.slice(at);
}
