import type { Metadata } from "next";
import { TimelinePage } from "@/components/timeline/timeline-page";
import { pageMetadata } from "@/lib/publish/metadata";
import { routes } from "@/lib/site/routes";

export const metadata: Metadata = pageMetadata({
  title: "Timeline",
  description:
    "The latest dated events in the press releases, in order, each linked to the sentence that states it; every year on a page of its own.",
  path: routes.timeline,
});

export default function Timeline() {
  return <TimelinePage kind={undefined} year={undefined} />;
}
