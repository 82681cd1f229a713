import { expect, test } from "@playwright/test";
import { answersToPublishedUrls, PUBLISHED_URLS } from "../published-urls";

test("every URL published before the archive was paged by year still answers under nginx", async ({
  request,
}) => {
  expect(await answersToPublishedUrls(request)).toEqual(
    PUBLISHED_URLS.map((url) => `${url} 200`),
  );
});
