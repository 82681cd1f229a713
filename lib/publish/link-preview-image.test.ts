import { createElement } from "react";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { drawLinkPreview, linkPreviewSize } from "./link-preview-image";

describe("drawLinkPreview", () => {
  it("draws an opaque PNG of the size platforms ask for", async () => {
    const card = createElement(
      "div",
      { style: { display: "flex", background: "#172554", color: "white" } },
      "Sonus Networks Reports Results",
    );
    const metadata = await sharp(await drawLinkPreview(card)).metadata();
    expect(metadata.format).toBe("png");
    expect([metadata.width, metadata.height]).toEqual([
      linkPreviewSize.width,
      linkPreviewSize.height,
    ]);
    expect(metadata.hasAlpha).toBe(false);
  });
});
