import { ReleaseLinkPreview } from "@/components/releases/release-link-preview";
import { getRelease, getReleases } from "@/lib/content";
import {
  drawLinkPreview,
  linkPreviewSize,
} from "@/lib/publish/link-preview-image";
import { site } from "@/lib/site/config";

export const size = linkPreviewSize;
export const contentType = "image/png";
export const alt = `${site.company} press release`;
export const dynamicParams = false;

export function generateStaticParams() {
  return getReleases().map(({ slug }) => ({ slug }));
}

/** A card for link previews, drawn at build time. */
export default async function OpenGraphImage({
  params,
}: {
  params: Promise<{ slug: string }>;
}) {
  const release = getRelease((await params).slug);
  if (!release)
    throw new Error("opengraph-image rendered for an unknown release");
  const png = await drawLinkPreview(<ReleaseLinkPreview release={release} />);
  return new Response(new Uint8Array(png), {
    headers: { "Content-Type": contentType },
  });
}
