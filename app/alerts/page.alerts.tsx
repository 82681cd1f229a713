import type { Metadata } from "next";
import { SignUpForm } from "@/components/alerts/sign-up-form";
import { Muted } from "@/components/ui/muted";
import { PageHeading } from "@/components/ui/page-heading";
import { alertsConfig, alertsFormAction } from "@/lib/alerts/config";
import { ManageForm } from "@/components/alerts/manage-form";
import { pageMetadata } from "@/lib/publish/metadata";
import { routes } from "@/lib/site/routes";

export const metadata: Metadata = pageMetadata({
  title: "E-mail alerts",
  description:
    "Get an e-mail when a press release is published, and reminders before each conference call.",
  path: routes.alerts,
});

export default function AlertsPage() {
  const config = alertsConfig(process.env);
  return (
    <>
      <PageHeading title="E-mail alerts">
        <p>
          An e-mail when a press release is published, and a reminder before
          each conference call with its dial-in numbers.
        </p>
      </PageHeading>
      <SignUpForm action={alertsFormAction(config, routes.alertsSubscribe)} />
      <Muted small className="mt-8 max-w-prose">
        We send one message to confirm the address, and nothing else until you
        follow its link; an unconfirmed sign-up is forgotten after 48 hours.
        Every alert has a link to unsubscribe at once, without a login. The
        address is used for these alerts only.
      </Muted>
      <ManageForm action={alertsFormAction(config, routes.alertsManage)} />
    </>
  );
}
