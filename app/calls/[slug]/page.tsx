import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CalendarDateTime } from "@/components/ui/calendar-date-time";
import { CallStatus } from "@/components/calls/call-status";
import { CallWhen } from "@/components/calls/call-when";
import { DialInList } from "@/components/calls/dial-in-list";
import { SectionHeading, Subheading } from "@/components/ui/headings";
import { ReplayDetails } from "@/components/calls/replay-details";
import { WebcastAccess } from "@/components/calls/webcast-access";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { getCall, getCalls, getReleaseOfCall } from "@/lib/content";
import { JsonLd } from "@/components/ui/json-ld";
import { pageMetadata } from "@/lib/publish/metadata";
import { eventJsonLd } from "@/lib/publish/structured-data";
import { routes } from "@/lib/site/routes";
import { TextLink } from "@/components/ui/text-link";

type CallPageProps = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getCalls().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({
  params,
}: CallPageProps): Promise<Metadata> {
  const call = getCall((await params).slug);
  if (!call) return {};
  return pageMetadata({
    title: call.title,
    description: `${call.title}, ${formatCalendarDate(call.date)}: dial-in numbers, webcast, replay numbers and code.`,
    path: routes.call(call.slug),
  });
}

export default async function CallPage({ params }: CallPageProps) {
  const call = getCall((await params).slug);
  if (!call) notFound();
  const release = getReleaseOfCall(call);
  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={eventJsonLd(call, release)} />
      <p className="mb-6 text-sm">
        <TextLink href={routes.calls}>
          {"\u2190\u00a0All conference calls"}
        </TextLink>
      </p>
      <header className="mb-8 border-b border-slate-200 pb-6 dark:border-slate-800">
        <CallStatus call={call} />
        <h1 className="mt-3 font-serif text-3xl leading-tight font-semibold text-balance text-slate-950 sm:text-4xl dark:text-white">
          {call.title}
        </h1>
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          Announced in the press release of{" "}
          <CalendarDateTime date={release.date} />:{" "}
          <TextLink href={routes.release(release.slug)}>
            {release.headline}
          </TextLink>
          {call.purpose && <>. The call is {call.purpose}.</>}
        </p>
      </header>

      <section aria-labelledby="when-heading">
        <SectionHeading id="when-heading">When</SectionHeading>
        <div className="mt-3">
          <CallWhen call={call} />
        </div>
        <p className="mt-4">
          <a
            href={routes.callCalendar(call.slug)}
            className="inline-block rounded-md bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-700 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-100"
          >
            Add to calendar (.ics)
          </a>
        </p>
      </section>

      <section aria-labelledby="live-heading" className="mt-10">
        <SectionHeading id="live-heading">Listen live</SectionHeading>
        <Subheading>By telephone</Subheading>
        {call.dialIn.length > 0 ? (
          <DialInList numbers={call.dialIn} />
        ) : (
          <p>The release gives no dial-in number.</p>
        )}
        <Subheading>Webcast</Subheading>
        {call.webcast ? (
          <WebcastAccess webcast={call.webcast} />
        ) : (
          <p>The release announces no webcast.</p>
        )}
      </section>

      <ReplayDetails call={call} />
    </article>
  );
}
