import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CallHeader } from "@/components/calls/call-header";
import { CallRelated } from "@/components/calls/call-related";
import { CallSections } from "@/components/calls/call-sections";
import { LiveSection } from "@/components/calls/live-section";
import { ReplayDetails } from "@/components/calls/replay-details";
import { WhenSection } from "@/components/calls/when-section";
import { JsonLd } from "@/components/ui/json-ld";
import { ArrangedScript, MarkPhaseScript } from "@/components/ui/phase-scope";
import { DetailLayout } from "@/components/ui/detail-layout";
import { callPhaseBounds } from "@/lib/calls/call-phase";
import { getCall, getCalls, getReleaseOfCall } from "@/lib/content";
import { pageMetadata } from "@/lib/publish/metadata";
import { eventJsonLd } from "@/lib/publish/structured-data";
import { routes } from "@/lib/site/routes";
import { callKindWords } from "@/lib/calls/call-kinds";
import { builtAt } from "@/lib/time/build-time";
import { formatCalendarDate } from "@/lib/time/calendar-date";

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
    description: `${call.title}, ${formatCalendarDate(call.date)}: ${callKindWords[call.kind].pageGives}.`,
    path: routes.call(call.slug),
  });
}

export default async function CallPage({ params }: CallPageProps) {
  const call = getCall((await params).slug);
  if (!call) notFound();
  const release = getReleaseOfCall(call);
  return (
    <DetailLayout
      back={{ href: routes.calls, label: "All calls and events" }}
      aside={<CallRelated call={call} release={release} />}
    >
      <JsonLd data={eventJsonLd(call, release)} />
      <CallHeader call={call} />
      <CallSections
        bounds={callPhaseBounds(call)}
        builtAt={builtAt}
        marker={<MarkPhaseScript holdPaint />}
        arranged={<ArrangedScript />}
        sections={{
          when: <WhenSection call={call} />,
          live: <LiveSection call={call} />,
          replay: <ReplayDetails call={call} />,
        }}
      />
    </DetailLayout>
  );
}
