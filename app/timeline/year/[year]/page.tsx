import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TimelinePage } from "@/components/timeline/timeline-page";
import { getEvents, getKeyFigures } from "@/lib/content";
import { timelineYears } from "@/lib/timeline/timeline-filter";
import { pageMetadata } from "@/lib/publish/metadata";
import { routes } from "@/lib/site/routes";

type YearPageProps = { params: Promise<{ year: string }> };

export const dynamicParams = false;

const years = () => timelineYears(getEvents(), getKeyFigures(), undefined);

export function generateStaticParams() {
  return years().map((year) => ({ year: String(year) }));
}

async function yearOf(params: YearPageProps["params"]) {
  const { year } = await params;
  return years().find((candidate) => String(candidate) === year);
}

export async function generateMetadata({
  params,
}: YearPageProps): Promise<Metadata> {
  const year = await yearOf(params);
  if (year === undefined) return {};
  return pageMetadata({
    title: `Timeline, ${year}`,
    description: `Every date our press releases state for ${year}, in order, each linked to the sentence that states it.`,
    path: routes.timelineOfYear(year),
  });
}

export default async function TimelineOfYear({ params }: YearPageProps) {
  const year = await yearOf(params);
  if (year === undefined) notFound();
  return <TimelinePage kind={undefined} year={year} />;
}
