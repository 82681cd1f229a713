import { SiteLink } from "@/components/ui/site-link";
import type { Call } from "@/lib/content";
import { CallStart } from "@/components/calls/call-start";
import { CallStatus } from "@/components/calls/call-status";
import { routes } from "@/lib/site/routes";
import { callKindWords } from "@/lib/calls/call-kinds";
import { TextLink } from "@/components/ui/text-link";
import { headingStyle } from "@/components/ui/headings";

type CallCardProps = { call: Call };

/** A call in brief: status, title, start and a link to its details. */
export function CallCard({ call }: CallCardProps) {
  const { detailsLink } = callKindWords[call.kind];
  return (
    <article className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
      <CallStatus call={call} />
      <h3 className={`mt-2 ${headingStyle[3]}`}>
        <SiteLink
          href={routes.call(call.slug)}
          className="hover:text-brand-700 hover:underline dark:hover:text-brand-300"
        >
          {call.title}
        </SiteLink>
      </h3>
      <CallStart call={call} />
      <p className="mt-3 text-sm">
        <TextLink
          href={routes.call(call.slug)}
          className="font-medium"
          aria-label={`${detailsLink}: ${call.title}`}
        >
          {`${detailsLink}\u00a0\u2192`}
        </TextLink>
      </p>
    </article>
  );
}
