import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { TextLink } from "@/components/ui/text-link";
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
    <PageHeading title="Check your inbox">
      <p>
        If that address receives our alerts, a message is on its way to it with
        a link to stop them at once, and how to change them. An address without
        alerts is sent nothing.
      </p>
      <p className="mt-4">
        Nothing arrived after a few minutes? Look in the spam folder, check the
        address, or{" "}
        {/* Underlined: in a sentence, colour alone does not tell a link (WCAG 1.4.1). */}
        <TextLink href={routes.alerts} className="underline">
          sign up again
        </TextLink>
        .
      </p>
    </PageHeading>
  );
}
