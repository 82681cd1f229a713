import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/metadata";
import { findYear, yearParams } from "@/lib/site/archive";

/** The props Next gives a page at `…/year/[year]`. */
export type YearPageProps = { params: Promise<{ year: string }> };

type PageWords = { title: string; description: string; path: string };

/**
 * What a list's page of one year needs besides drawing it, the same for
 * every list: a page per year the list has, the year its URL names (or none:
 * not found), and its title, description and canonical path.
 */
export function yearRoute<Year extends { year: number }>(
  years: () => readonly Year[],
  words: (year: Year) => PageWords,
) {
  const yearOf = async (params: YearPageProps["params"]) =>
    findYear(years(), (await params).year);
  return {
    generateStaticParams: () => yearParams(years()),
    yearOf,
    generateMetadata: async ({ params }: YearPageProps): Promise<Metadata> => {
      const year = await yearOf(params);
      return year ? pageMetadata(words(year)) : {};
    },
  };
}
