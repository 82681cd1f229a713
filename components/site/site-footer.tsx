import { SiteLink } from "@/components/ui/site-link";
import { footerNote, siteSections } from "@/lib/site/navigation";
import { site } from "@/lib/site/config";
import { routes } from "@/lib/site/routes";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400">
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-8 sm:grid-cols-[3fr_2fr] sm:px-6">
        <p className="max-w-prose">{footerNote}</p>
        <nav
          aria-label="Footer"
          className="flex flex-wrap gap-x-4 gap-y-2 sm:justify-end"
        >
          {[
            { href: routes.home, label: `${site.company} IR` },
            ...siteSections(process.env),
          ].map(({ href, label }) => (
            <SiteLink key={href} href={href} className="footer-link">
              {label}
            </SiteLink>
          ))}
          {/* Files, not pages: plain anchors, so the browser opens or subscribes to them. */}
          <a
            href={routes.rssFeed}
            type="application/rss+xml"
            className="footer-link"
          >
            RSS feed
          </a>
          <a
            href={routes.atomFeed}
            type="application/atom+xml"
            className="footer-link"
          >
            Atom feed
          </a>
        </nav>
      </div>
    </footer>
  );
}
