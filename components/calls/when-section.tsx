import type { Call } from "@/lib/content";
import { routes } from "@/lib/site/routes";
import { callKindWords } from "@/lib/calls/call-kinds";
import { CallWhen } from "@/components/calls/call-when";
import { SectionHeading } from "@/components/ui/headings";
import { ButtonLink } from "@/components/ui/button-link";
import { TextLink } from "@/components/ui/text-link";

/** When the call is, with its calendar file: the page's primary action while the call is ahead. */
export function WhenSection({ call }: { call: Call }) {
  const calendar = routes.callCalendar(call.slug);
  return (
    <section aria-labelledby="when-heading">
      <SectionHeading id="when-heading">When</SectionHeading>
      <div className="mt-3">
        <CallWhen call={call} />
      </div>
      <p className="mt-4 group-data-[phase=ended]/call:hidden group-data-[phase=replay]/call:hidden">
        <ButtonLink href={calendar}>Add to calendar (.ics)</ButtonLink>
      </p>
      <p className="mt-3 hidden text-sm group-data-[phase=ended]/call:block group-data-[phase=replay]/call:block">
        <TextLink href={calendar} fullPageLoad>
          {`Calendar file of the ${callKindWords[call.kind].noun} (.ics)`}
        </TextLink>
      </p>
    </section>
  );
}
