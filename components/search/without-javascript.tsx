import { TextLink } from "@/components/ui/text-link";
import { routes } from "@/lib/site/routes";

/**
 * What a reader without JavaScript gets instead of results: the pages that
 * list everything search covers. A <noscript>, so that it costs nothing and
 * never shows, not even for a moment, where scripts run.
 */
export function WithoutJavaScript() {
  return (
    <noscript>
      <p className="mb-8 max-w-prose text-slate-700 dark:text-slate-300">
        Search runs in your browser and needs JavaScript, which is off. You can
        browse every release on{" "}
        <TextLink href={routes.releases} className="underline">
          Press releases
        </TextLink>
        , every call and event on{" "}
        <TextLink href={routes.calls} className="underline">
          Calls and events
        </TextLink>{" "}
        and every dated event on the{" "}
        <TextLink href={routes.timeline} className="underline">
          Timeline
        </TextLink>
        .
      </p>
    </noscript>
  );
}
