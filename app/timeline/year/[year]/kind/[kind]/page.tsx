import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TimelinePage } from "@/components/timeline/timeline-page";
import { getEvents, getKeyFigures } from "@/lib/content";
import { kindFilterLabels } from "@/lib/timeline/timeline";
import { yearAndKindPages } from "@/lib/timeline/timeline-filter";
import { pageMetadata } from "@/lib/publish/metadata";
import { routes } from "@/lib/site/routes";

type YearAndKindPageProps = {
  params: Promise<{ year: string; kind: string }>;
};

export const dynamicParams = false;

const pages = () => yearAndKindPages(getEvents(), getKeyFigures());

export function generateStaticParams() {
  return pages().map(({ year, kind }) => ({ year: String(year), kind }));
}

async function pageOf(params: YearAndKindPageProps["params"]) {
  const { year, kind } = await params;
  return pages().find(
    (candidate) => String(candidate.year) === year && candidate.kind === kind,
  );
}

export async function generateMetadata({
  params,
}: YearAndKindPageProps): Promise<Metadata> {
  const page = await pageOf(params);
  if (!page) return {};
  const label = kindFilterLabels[page.kind];
  return pageMetadata({
    title: `Timeline: ${label}, ${page.year}`,
    description: `${label} of ${page.year} in the press releases, in order.`,
    path: routes.timelineOfYear(page.year, page.kind),
  });
}

export default async function TimelineOfYearAndKind({
  params,
}: YearAndKindPageProps) {
  const page = await pageOf(params);
  if (!page) notFound();
  return <TimelinePage kind={page.kind} year={page.year} />;
}
