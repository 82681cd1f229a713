import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { TextLink } from "@/components/ui/text-link";
import { pageMetadata } from "@/lib/publish/metadata";
import { routes } from "@/lib/site/routes";

export const metadata: Metadata = {
  ...pageMetadata({
    title: "Check your inbox",
    description: "Confirm your e-mail alerts by following the link we sent.",
    path: routes.alertsRequested,
  }),
  robots: { index: false },
};

/** Where every accepted sign-up lands: it says the same whether or not the address was subscribed already. */
export default function AlertsRequestedPage() {
  return (
    <PageHeading title="Check your inbox">
      <p>
        A message with a confirmation link is on its way to the address you
        gave. Follow the link within 48 hours to start your alerts; until then
        nothing else is sent.
      </p>
      <p className="mt-4">
        Nothing arrived after a few minutes? Look in the spam folder, or{" "}
        {/* Underlined: in a sentence, colour alone does not tell a link (WCAG 1.4.1). */}
        <TextLink href={routes.alerts} className="underline">
          sign up again
        </TextLink>
        .
      </p>
    </PageHeading>
  );
}
