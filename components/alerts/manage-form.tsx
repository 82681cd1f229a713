import { AddressFields } from "@/components/alerts/address-fields";
import { headingStyle } from "@/components/ui/headings";
import { Muted } from "@/components/ui/muted";

type ManageFormProps = { action: string };

/** For a subscriber without an alert at hand: a link by mail to stop or change them. A plain POST form. */
export function ManageForm({ action }: ManageFormProps) {
  return (
    <section aria-labelledby="manage-heading" className="mt-12 max-w-xl">
      <h2 id="manage-heading" className={headingStyle[2]}>
        Change or stop your alerts
      </h2>
      <Muted className="mt-2">
        Give the address that receives them: we send it a link to stop them at
        once, and say how to change them. An address without alerts is sent
        nothing.
      </Muted>
      <form
        action={action}
        method="post"
        aria-labelledby="manage-heading"
        className="mt-4 space-y-6"
      >
        <AddressFields idPrefix="manage" />
        <button type="submit" className="button-secondary">
          Send me the link
        </button>
      </form>
    </section>
  );
}
