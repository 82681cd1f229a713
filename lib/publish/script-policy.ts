import { createHash } from "node:crypto";
import { Parser } from "htmlparser2";
import { scriptSources } from "@/lib/site/security-headers";

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

type Attributes = Record<string, string>;

function isInlineExecutable(attributes: Attributes): boolean {
  if (attributes.src !== undefined) return false;
  const type = (attributes.type ?? "").trim().toLowerCase();
  return executableTypes.has(type);
}

const sha256 = (text: string) =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** What pinning needs to know of a page, from one pass of a streaming parser. */
type PageScan = {
  /** The hashes of its inline scripts' texts, as written. */
  hashes: Set<string>;
  /** Just after `<head>`, where the head's contents start. */
  headStart: number | undefined;
  /** Just after a charset `<meta>` that is the head's first child. */
  afterCharset: number | undefined;
  hasPolicy: boolean;
};

/*
 * A streaming parser rather than a document tree: at a few thousand pages of
 * 150 KB, building each page's tree made pinning cost as much as rendering it.
 */
function scanPage(html: string): PageScan {
  const scan: PageScan = {
    hashes: new Set(),
    headStart: undefined,
    afterCharset: undefined,
    hasPolicy: false,
  };
  let inHead = false;
  /** The text so far of the inline script being read, if any. */
  let script: string | undefined;
  const parser = new Parser({
    onopentag(name, attributes: Attributes) {
      if (name === "head" && scan.headStart === undefined) {
        scan.headStart = parser.endIndex + 1;
        inHead = true;
      } else if (inHead && name === "meta") {
        if (
          parser.startIndex === scan.headStart &&
          attributes.charset !== undefined
        )
          scan.afterCharset = parser.endIndex + 1;
        if (
          attributes["http-equiv"]?.toLowerCase() === "content-security-policy"
        )
          scan.hasPolicy = true;
      }
      if (name === "script")
        script = isInlineExecutable(attributes) ? "" : undefined;
    },
    ontext(text) {
      if (script !== undefined) script += text;
    },
    onclosetag(name) {
      if (name === "head") inHead = false;
      if (name === "script" && script !== undefined) {
        scan.hashes.add(sha256(script));
        script = undefined;
      }
    },
  });
  parser.end(html);
  return scan;
}

const policyOf = (hashes: Set<string>) =>
  ["script-src", ...scriptSources, ...[...hashes].sort()].join(" ");

/** The script-src that lets exactly this page's own inline scripts run. */
export function scriptPolicyOf(html: string): string {
  return policyOf(scanPage(html).hashes);
}

/**
 * The page with a Content-Security-Policy `<meta>` that allows its inline
 * scripts by hash and no other, placed before its first script (after the
 * charset, which must stay in the first 1,024 bytes). A browser enforces it
 * together with the header's policy, so an injected inline script is refused
 * even though the header, the same for every page, allows inline scripts.
 */
export function withScriptPolicy(html: string): string {
  const { hashes, headStart, afterCharset, hasPolicy } = scanPage(html);
  if (headStart === undefined)
    throw new Error("the page has no <head> written in its HTML");
  if (hasPolicy)
    throw new Error("the page already has a Content-Security-Policy <meta>");
  const at = afterCharset ?? headStart;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyOf(hashes)}"/>`;
  return html.slice(0, at) + meta + html.slice(at);
}
