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

/** The company's filings of one form type, newest first: "10-K", "10-K/A". */
export function edgarFormFilingsUrl(form: string): string {
  const url = new URL("/cgi-bin/browse-edgar", edgarOrigin);
  url.search = new URLSearchParams({
    action: "getcompany",
    CIK: site.secCik,
    type: form,
    dateb: "",
    owner: "include",
    count: "40",
  }).toString();
  return url.href;
}
