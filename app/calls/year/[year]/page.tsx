import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CallCard } from "@/components/calls/call-card";
import { PageHeading } from "@/components/ui/page-heading";
import { YearNav } from "@/components/ui/year-nav";
import { YearSection } from "@/components/ui/year-section";
import { getCallsByYear } from "@/lib/content";
import { pageMetadata } from "@/lib/publish/metadata";
import { findYear, yearParams } from "@/lib/site/archive";
import { routes } from "@/lib/site/routes";

type YearPageProps = { params: Promise<{ year: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return yearParams(getCallsByYear());
}

async function yearOf(params: YearPageProps["params"]) {
  return findYear(getCallsByYear(), (await params).year);
}

export async function generateMetadata({
  params,
}: YearPageProps): Promise<Metadata> {
  const group = await yearOf(params);
  if (!group) return {};
  return pageMetadata({
    title: `Conference calls in ${group.year}`,
    description: `The conference calls of ${group.year}, latest first: dial-in numbers, replays and access codes.`,
    path: routes.callsOfYear(group.year),
  });
}

export default async function CallsOfYearPage({ params }: YearPageProps) {
  const group = await yearOf(params);
  if (!group) notFound();
  return (
    <>
      <PageHeading title={`Conference calls in ${group.year}`}>
        <p>Latest first; open a call for its numbers, codes and replay.</p>
      </PageHeading>
      <div className="mb-10">
        <YearNav
          label="Conference calls by year"
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
