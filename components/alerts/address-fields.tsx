/** The look of an alerts form's text field. */
const fieldClass =
  "w-full max-w-md rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";

type AddressFieldsProps = {
  /** Makes the fields' ids unique on a page with two forms: "alerts", "manage". */
  idPrefix: string;
};

/** The e-mail address every alerts form asks for, and the honeypot that keeps robots out. */
export function AddressFields({ idPrefix }: AddressFieldsProps) {
  return (
    <>
      <div className="space-y-2">
        <label htmlFor={`${idPrefix}-email`} className="block font-medium">
          E-mail address
        </label>
        <input
          id={`${idPrefix}-email`}
          name="email"
          type="email"
          required
          maxLength={254}
          autoComplete="email"
          spellCheck={false}
          className={fieldClass}
        />
      </div>
      {/* Hidden from people and assistive technology; robots that fill every field give themselves away. */}
      <div
        aria-hidden="true"
        className="absolute -left-[9999px] h-px w-px overflow-hidden"
      >
        <label htmlFor={`${idPrefix}-website`}>Leave this field empty</label>
        <input
          id={`${idPrefix}-website`}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
    </>
  );
}
