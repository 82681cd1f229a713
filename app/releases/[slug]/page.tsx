import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReleaseBody } from "@/components/releases/release-body";
import { ReleaseHeader } from "@/components/releases/release-header";
import { ReleasePager } from "@/components/releases/release-pager";
import { ReleaseRelated } from "@/components/releases/release-related";
import { getAdjacentReleases, getRelease, getReleases } from "@/lib/content";
import { JsonLd } from "@/components/ui/json-ld";
import { pageMetadata, publishedIso } from "@/lib/publish/metadata";
import { newsArticleJsonLd } from "@/lib/publish/structured-data";
import { routes } from "@/lib/site/routes";
import { DetailLayout } from "@/components/ui/detail-layout";

type ReleasePageProps = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getReleases().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({
  params,
}: ReleasePageProps): Promise<Metadata> {
  const release = getRelease((await params).slug);
  if (!release) return {};
  return pageMetadata({
    title: release.headline,
    description: release.summary,
    path: routes.release(release.slug),
    article: { publishedTime: publishedIso(release) },
  });
}

export default async function ReleasePage({ params }: ReleasePageProps) {
  const { slug } = await params;
  const release = getRelease(slug);
  if (!release) notFound();
  const { newer, older } = getAdjacentReleases(slug);
  return (
    <DetailLayout
      back={{ href: routes.releases, label: "All press releases" }}
      aside={<ReleaseRelated release={release} />}
      after={<ReleasePager newer={newer} older={older} />}
    >
      <JsonLd data={newsArticleJsonLd(release)} />
      <ReleaseHeader release={release} />
      <ReleaseBody html={release.html} />
    </DetailLayout>
  );
}
