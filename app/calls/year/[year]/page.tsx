import { notFound } from "next/navigation";
import { CallCard } from "@/components/calls/call-card";
import { PageHeading } from "@/components/ui/page-heading";
import { YearNav } from "@/components/ui/year-nav";
import { YearSection } from "@/components/ui/year-section";
import { getCallsByYear } from "@/lib/content";
import { yearRoute, type YearPageProps } from "@/lib/publish/year-route";
import { routes } from "@/lib/site/routes";

export const dynamicParams = false;

const route = yearRoute(getCallsByYear, (group) => ({
  title: `Calls and events in ${group.year}`,
  description: `The conference calls and events of ${group.year}, latest first: dial-in numbers, webcasts, replays and access codes.`,
  path: routes.callsOfYear(group.year),
}));

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function CallsOfYearPage({ params }: YearPageProps) {
  const group = await route.yearOf(params);
  if (!group) notFound();
  return (
    <>
      <PageHeading title={`Calls and events in ${group.year}`}>
        <p>Latest first; open a call for its numbers, codes and replay.</p>
      </PageHeading>
      <div className="mb-10">
        <YearNav
          label="Calls and events by year"
          years={getCallsByYear().map(({ year }) => year)}
          yearHref={routes.callsOfYear}
          latestHref={routes.calls}
          selected={group.year}
        />
      </div>
      <YearSection year={group.year}>
        <ul className="grid gap-4 md:grid-cols-2">
          {group.items.map((call) => (
            <li key={call.slug}>
              <CallCard call={call} />
            </li>
          ))}
        </ul>
      </YearSection>
    </>
  );
}
