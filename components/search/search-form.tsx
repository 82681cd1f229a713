import { routes } from "@/lib/site/routes";

type SearchFormProps = { id: string; defaultValue?: string; compact?: boolean };

/** A plain GET form to /search: it leads there with or without JavaScript. */
export function SearchForm({
  id,
  defaultValue,
  compact = false,
}: SearchFormProps) {
  return (
    <form
      action={routes.search}
      method="get"
      role="search"
      className={`flex items-center gap-2 print:hidden ${compact ? "" : "flex-wrap"}`}
    >
      <label
        htmlFor={id}
        className={compact ? "sr-only" : "w-full font-medium"}
      >
        Search releases, calls and the timeline
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={compact ? "Search the site" : undefined}
        className={`rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 ${compact ? "w-36 text-sm" : "w-full max-w-md"}`}
      />
      <button
        type="submit"
        className={`rounded-md bg-brand-800 px-3 py-1.5 font-medium text-white hover:bg-brand-700 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-100 ${compact ? "text-sm" : ""}`}
      >
        Search
      </button>
    </form>
  );
}
