import type { Metadata } from "next";
import { CheckYourInbox } from "@/components/alerts/check-your-inbox";
import { pageMetadata } from "@/lib/publish/metadata";
import { routes } from "@/lib/site/routes";

export const metadata: Metadata = {
  ...pageMetadata({
    title: "Check your inbox",
    description:
      "If the address has e-mail alerts, a message on how to change or stop them is on its way.",
    path: routes.alertsManageRequested,
  }),
  robots: { index: false },
};

/** Where every accepted "manage my alerts" request lands: the same page whether or not the address is subscribed. */
export default function AlertsManageRequestedPage() {
  return (
    <CheckYourInbox orCheck="check the address">
      If that address receives our alerts, a message is on its way to it with a
      link to stop them at once, and how to change them. An address without
      alerts is sent nothing.
    </CheckYourInbox>
  );
}
