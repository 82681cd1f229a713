import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TimelinePage } from "@/components/timeline/timeline-page";
import { getEvents } from "@/lib/content";
import { kindFilterLabels } from "@/lib/timeline/timeline";
import { kindsPresent } from "@/lib/timeline/timeline-filter";
import { pageMetadata } from "@/lib/publish/metadata";
import { routes } from "@/lib/site/routes";

type KindPageProps = { params: Promise<{ kind: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return kindsPresent(getEvents()).map((kind) => ({ kind }));
}

function kindOf(value: string) {
  return kindsPresent(getEvents()).find((kind) => kind === value);
}

export async function generateMetadata({
  params,
}: KindPageProps): Promise<Metadata> {
  const kind = kindOf((await params).kind);
  if (!kind) return {};
  return pageMetadata({
    title: `Timeline: ${kindFilterLabels[kind]}`,
    description: `${kindFilterLabels[kind]} in the press releases, in order.`,
    path: routes.timelineOfKind(kind),
  });
}

export default async function TimelineOfKind({ params }: KindPageProps) {
  const kind = kindOf((await params).kind);
  if (!kind) notFound();
  return <TimelinePage kind={kind} year={undefined} />;
}
