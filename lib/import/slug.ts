import { slug as githubSlug } from "github-slugger";

/** What a headline says before its subject: the company, then its verb. */
const headlineVerbs = new Set(
  "announces reports provides issues releases updates comments schedules sets to".split(
    " ",
  ),
);
const slugStopWords = new Set("a an the its their our".split(" "));
const maxSlugWords = 8;

/** The headline without the company and its verb, in lower-case kebab case: "update-on-status-of-financial-results". */
export function proposeSlug(
  headline: string,
  company: string | undefined,
): string {
  // An all-caps headline names the company in capitals too: "ACME NETWORKS REPORTS …".
  const subject =
    company && headline.toLowerCase().startsWith(`${company.toLowerCase()} `)
      ? headline.slice(company.length + 1)
      : headline;
  const words = subject.split(/\s+/);
  if (headlineVerbs.has(words[0]?.toLowerCase() ?? "")) words.shift();
  const kept = words
    .filter(
      (word) =>
        /[\p{L}\p{N}]/u.test(word) && !slugStopWords.has(word.toLowerCase()),
    )
    .slice(0, maxSlugWords);
  return githubSlug(kept.join(" ").normalize("NFKD"))
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}
