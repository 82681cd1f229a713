import type { KeyFigure } from "@/lib/content";
import { formatPeriod } from "@/lib/time/period";
import { routes } from "@/lib/site/routes";
import { TextLink } from "@/components/ui/text-link";

type KeyFigureListProps = { figures: readonly KeyFigure[] };

/** Figures a release states for a period, each linked to its sentence. */
export function KeyFigureList({ figures }: KeyFigureListProps) {
  return (
    <div className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 dark:border-emerald-900 dark:bg-emerald-950/40">
      <p className="text-xs font-semibold tracking-wider text-emerald-800 uppercase dark:text-emerald-300">
        Key figures
      </p>
      <dl className="mt-2 space-y-2">
        {figures.map((figure) => (
          <div key={`${figure.releaseSlug}-${figure.label}`}>
            <dt className="text-sm text-slate-700 dark:text-slate-300">
              {figure.label}, {formatPeriod(figure.period)}
            </dt>
            <dd className="font-semibold text-slate-900 tabular-nums dark:text-white">
              {figure.value}{" "}
              <TextLink
                fullPageLoad
                href={routes.releaseParagraph(
                  figure.releaseSlug,
                  figure.paragraphId,
                )}
                className="text-sm font-normal"
              >
                source
                <span className="sr-only">: {figure.quote}</span>
              </TextLink>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
