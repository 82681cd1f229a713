import { notFound } from "next/navigation";
import { TimelinePage } from "@/components/timeline/timeline-page";
import { getEvents, getKeyFigures } from "@/lib/content";
import { timelineYears } from "@/lib/timeline/timeline-filter";
import { yearRoute, type YearPageProps } from "@/lib/publish/year-route";
import { routes } from "@/lib/site/routes";

export const dynamicParams = false;

const route = yearRoute(
  () =>
    timelineYears(getEvents(), getKeyFigures(), undefined).map((year) => ({
      year,
    })),
  ({ year }) => ({
    title: `Timeline, ${year}`,
    description: `Every date our press releases state for ${year}, in order, each linked to the sentence that states it.`,
    path: routes.timelineOfYear(year),
  }),
);

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function TimelineOfYear({ params }: YearPageProps) {
  const page = await route.yearOf(params);
  if (!page) notFound();
  return <TimelinePage kind={undefined} year={page.year} />;
}
