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
        className={`search-field ${compact ? "w-36 text-sm" : "w-full max-w-md"}`}
      />
      <button
        type="submit"
        className={`button-primary px-3 py-1.5 ${compact ? "text-sm" : ""}`}
      >
        Search
      </button>
    </form>
  );
}
