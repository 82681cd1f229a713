import { site } from "@/lib/site/config";

/**
 * Addresses of the company's filings on SEC EDGAR, under its CIK (site.secCik).
 */
const edgarOrigin = "https://www.sec.gov";

/** The index page of one filing, by its accession number: 0001157523-04-002728. */
export function edgarFilingUrl(accessionNumber: string): string {
  const folder = accessionNumber.replaceAll("-", "");
  return new URL(
    `/Archives/edgar/data/${site.secCik}/${folder}/${accessionNumber}-index.htm`,
    edgarOrigin,
  ).href;
}

/**
 * The company's filings of one form type ("10-K", "10-K/A"), newest first up
 * to the end of a year (EDGAR's `dateb`): the list opens at that year's
 * filings, not at today's, twenty years of them later.
 */
export function edgarFormFilingsUrl(form: string, throughYear: number): string {
  const url = new URL("/cgi-bin/browse-edgar", edgarOrigin);
  url.search = new URLSearchParams({
    action: "getcompany",
    CIK: site.secCik,
    type: form,
    dateb: `${throughYear}1231`,
    owner: "include",
    count: "40",
  }).toString();
  return url.href;
}
