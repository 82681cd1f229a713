import type { ReactNode } from "react";

type SignUpFormProps = { action: string };

const fieldClass =
  "w-full max-w-md rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";

/** A plain POST form: it works without JavaScript, and the server answers with a page. */
export function SignUpForm({ action }: SignUpFormProps) {
  return (
    <form action={action} method="post" className="max-w-xl space-y-6">
      <div className="space-y-2">
        <label htmlFor="alerts-email" className="block font-medium">
          E-mail address
        </label>
        <input
          id="alerts-email"
          name="email"
          type="email"
          required
          maxLength={254}
          autoComplete="email"
          spellCheck={false}
          className={fieldClass}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="font-medium">Send me</legend>
        <Choice name="releases">each new press release</Choice>
        <Choice name="calls">
          a reminder a day and an hour before each call or event whose time and
          time zone are given
        </Choice>
      </fieldset>
      {/* Hidden from people and assistive technology; robots that fill every field give themselves away. */}
      <div
        aria-hidden="true"
        className="absolute -left-[9999px] h-px w-px overflow-hidden"
      >
        <label htmlFor="alerts-website">Leave this field empty</label>
        <input
          id="alerts-website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
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
