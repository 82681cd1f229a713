import type { Metadata } from "next";
import { CheckYourInbox } from "@/components/alerts/check-your-inbox";
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
    <CheckYourInbox>
      A message with a confirmation link is on its way to the address you gave.
      Follow the link within 48 hours to start your alerts; until then nothing
      else is sent.
    </CheckYourInbox>
  );
}
