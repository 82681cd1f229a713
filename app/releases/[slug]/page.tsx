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
import { TextLink } from "@/components/ui/text-link";

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
    <article className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-x-14">
      <JsonLd data={newsArticleJsonLd(release)} />
      <div className="max-w-3xl min-w-0">
        <p className="mb-6 text-sm print:hidden">
          <TextLink href={routes.releases}>
            {"\u2190\u00a0All press releases"}
          </TextLink>
        </p>
        <ReleaseHeader release={release} />
        <ReleaseBody html={release.html} />
      </div>
      <div className="lg:row-span-2 lg:pt-12">
        <ReleaseRelated release={release} />
      </div>
      <div className="max-w-3xl">
        <ReleasePager newer={newer} older={older} />
      </div>
    </article>
  );
}
