import type { ReactNode } from "react";
import { PageHeading } from "@/components/ui/page-heading";
import { TextLink } from "@/components/ui/text-link";
import { routes } from "@/lib/site/routes";

type CheckYourInboxProps = {
  /** What is on its way, and what to do with it. */
  children: ReactNode;
  /** What else to check when nothing arrives: "check the address". */
  orCheck?: string;
};

/** Where an alerts form lands once a message is on its way: the same page whatever the address. */
export function CheckYourInbox({ children, orCheck }: CheckYourInboxProps) {
  return (
    <PageHeading title="Check your inbox">
      <p>{children}</p>
      <p className="mt-4">
        Nothing arrived after a few minutes? Look in the spam folder,
        {orCheck ? ` ${orCheck},` : ""} or{" "}
        {/* Underlined: in a sentence, colour alone does not tell a link (WCAG 1.4.1). */}
        <TextLink href={routes.alerts} className="underline">
          sign up again
        </TextLink>
        .
      </p>
    </PageHeading>
  );
}
