import type { ReactNode } from "react";
import { AddressFields } from "@/components/alerts/address-fields";

type SignUpFormProps = { action: string };

/** A plain POST form: it works without JavaScript, and the server answers with a page. */
export function SignUpForm({ action }: SignUpFormProps) {
  return (
    <form
      action={action}
      method="post"
      aria-label="Sign up for e-mail alerts"
      className="max-w-xl space-y-6"
    >
      <AddressFields idPrefix="alerts" />
      <fieldset className="space-y-2">
        <legend className="font-medium">Send me</legend>
        <Choice name="releases">each new press release</Choice>
        <Choice name="calls">
          a reminder a day and an hour before each call or event whose time and
          time zone are given
        </Choice>
      </fieldset>
      <button type="submit" className="button-primary">
        Sign up
      </button>
    </form>
  );
}

function Choice({ name, children }: { name: string; children: ReactNode }) {
  return (
    <label className="flex items-start gap-3">
      <input
        type="checkbox"
        name={name}
        defaultChecked
        className="mt-1.5 size-4 shrink-0 accent-brand-800 dark:accent-brand-300"
      />
      <span>{children}</span>
    </label>
  );
}
