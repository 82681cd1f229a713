import { SiteLink } from "@/components/ui/site-link";
import type { Release } from "@/lib/content";
import { CalendarDateTime } from "@/components/ui/calendar-date-time";
import { routes } from "@/lib/site/routes";

type ReleasePagerProps = {
  newer: Release | undefined;
  older: Release | undefined;
};

function PagerLink({
  release,
  direction,
}: {
  release: Release;
  direction: "Newer" | "Older";
}) {
  return (
    <SiteLink
      href={routes.release(release.slug)}
      rel={direction === "Newer" ? "next" : "prev"}
      className={`block rounded-lg border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-800 dark:hover:border-brand-300 ${direction === "Newer" ? "sm:text-right" : ""}`}
    >
      <span className="block text-xs font-semibold tracking-wider text-slate-600 uppercase dark:text-slate-400">
        {direction === "Older"
          ? "\u2190\u00a0Previous release"
          : "Next release\u00a0\u2192"}
      </span>
      <span className="mt-1 block font-medium text-slate-900 dark:text-white">
        {release.headline}
      </span>
      <CalendarDateTime
        date={release.date}
        className="muted mt-1 block text-sm"
      />
    </SiteLink>
  );
}

export function ReleasePager({ newer, older }: ReleasePagerProps) {
  if (!newer && !older) return null;
  return (
    <nav
      aria-label="Other releases"
      className="mt-12 grid gap-4 sm:grid-cols-2 print:hidden"
    >
      <div>{older && <PagerLink release={older} direction="Older" />}</div>
      <div>{newer && <PagerLink release={newer} direction="Newer" />}</div>
    </nav>
  );
}
