import { expect, test } from "@playwright/test";
import { brokenLinks, crawlSite } from "./site-crawl";

test("every internal link and anchor of the site leads to a page that holds it", async ({
  page,
  request,
  baseURL,
}) => {
  if (!baseURL) throw new Error("no baseURL");
  const crawl = await crawlSite(page, request, new URL(baseURL).origin);
  // The release pages, call pages and each list's year pages, at least.
  expect(crawl.answers.size).toBeGreaterThan(40);
  expect(crawl.links.some(({ hash }) => hash !== "")).toBe(true);
  expect(brokenLinks(crawl)).toEqual([]);
  // And the check can fail: an anchor no page holds is reported.
  expect(
    brokenLinks({
      answers: crawl.answers,
      links: [{ from: "/", to: "/timeline", hash: "no-such-entry" }],
    }),
  ).toEqual([
    "/ → /timeline#no-such-entry: no element #no-such-entry on /timeline",
  ]);
});
