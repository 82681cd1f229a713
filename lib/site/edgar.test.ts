import { describe, expect, it } from "vitest";
import { edgarFilingUrl, edgarFormFilingsUrl } from "./edgar";

describe("EDGAR addresses of Sonus Networks' filings (CIK 1105472)", () => {
  it("a filing's index page: CIK, the accession number without dashes, then with them", () => {
    expect(edgarFilingUrl("0001157523-04-002728")).toBe(
      "https://www.sec.gov/Archives/edgar/data/1105472/000115752304002728/0001157523-04-002728-index.htm",
    );
    expect(edgarFilingUrl("0001157523-05-002189")).toBe(
      "https://www.sec.gov/Archives/edgar/data/1105472/000115752305002189/0001157523-05-002189-index.htm",
    );
  });

  it("the list of filings of a form type, up to the end of a year", () => {
    expect(edgarFormFilingsUrl("10-K", 2005)).toBe(
      "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=1105472&type=10-K&dateb=20051231&owner=include&count=40",
    );
  });

  it("encodes the slash of an amendment's form type as a query value", () => {
    const url = new URL(edgarFormFilingsUrl("10-K/A", 2004));
    expect(url.searchParams.get("type")).toBe("10-K/A");
    expect(url.search).toContain("type=10-K%2FA");
  });
});
