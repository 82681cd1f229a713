import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { NewsArticle, WithContext } from "schema-dts";
import { describe, expect, it } from "vitest";
import { JsonLd } from "./json-ld";

describe("JsonLd", () => {
  const opening = '<script type="application/ld+json">';
  const closing = "</script>";

  it("keeps a headline that closes the script inside the JSON, whole", () => {
    const data: WithContext<NewsArticle> = {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Q1 </script><script>window.__pwned=1</script> <!-- results",
      description: "Quotes \" and ' and </SCRIPT > & <b>tags</b>",
    };
    const markup = renderToStaticMarkup(createElement(JsonLd, { data }));

    expect(markup.startsWith(opening)).toBe(true);
    expect(markup.indexOf(closing)).toBe(markup.length - closing.length);
    const json = markup.slice(opening.length, -closing.length);
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual(data);
  });
});
