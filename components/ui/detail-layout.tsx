import type { ReactNode } from "react";
import { TextLink } from "@/components/ui/text-link";

type DetailLayoutProps = {
  /** The list the page belongs to: "All press releases". */
  back: { readonly href: string; readonly label: string };
  /** What a reader wants beside the page: beside it on a wide screen, after it on a narrow one. */
  aside: ReactNode;
  /** After the main text and, on a narrow screen, after the aside too: the way to neighbouring pages. */
  after?: ReactNode;
  children: ReactNode;
};

/** A release's or a call's page: the main column, and the related material beside it. */
export function DetailLayout({
  back,
  aside,
  after,
  children,
}: DetailLayoutProps) {
  return (
    <article className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-x-14">
      <div className="max-w-3xl min-w-0">
        <p className="mb-6 text-sm print:hidden">
          <TextLink href={back.href}>{`\u2190\u00a0${back.label}`}</TextLink>
        </p>
        {children}
      </div>
      <div className={after ? "lg:row-span-2 lg:pt-12" : "lg:pt-12"}>
        {aside}
      </div>
      {after && <div className="max-w-3xl">{after}</div>}
    </article>
  );
}
