import type { Metadata } from "next";
import { TimelinePage } from "@/components/timeline-page";

export const metadata: Metadata = {
  title: "Timeline",
  description:
    "Every dated event in the press releases, in order, each linked to the sentence that states it.",
  alternates: { canonical: "/timeline" },
};

export default function Timeline() {
  return <TimelinePage kind={undefined} />;
}
