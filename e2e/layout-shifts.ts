import type { Page } from "@playwright/test";

/**
 * A CPU as slow as a low-end phone's, where the browser may paint a
 * half-parsed page: a layout that moves as parsing goes on shows up as a shift.
 */
export async function asOnALowEndPhone(page: Page) {
  const devTools = await page.context().newCDPSession(page);
  await devTools.send("Emulation.setCPUThrottlingRate", { rate: 6 });
}

/** The page's layout shifts so far, as Chrome reports them for CLS, each with what moved. */
export async function layoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        type Shift = PerformanceEntry & {
          value: number;
          sources: { node: Node | null }[];
        };
        const describe = (node: Node | null) =>
          node instanceof Element
            ? node.outerHTML.slice(0, 120)
            : `${String(node?.nodeName)} "${node?.textContent?.slice(0, 60)}" in ${node?.parentElement?.outerHTML.slice(0, 120)}`;
        new PerformanceObserver((list) => {
          resolve(
            (list.getEntries() as Shift[]).map(
              ({ value, sources }) =>
                `${value}: ${sources.map(({ node }) => describe(node)).join("; ")}`,
            ),
          );
        }).observe({ type: "layout-shift", buffered: true });
        // With no shift at all the observer is never called.
        setTimeout(() => resolve([]), 1_000);
      }),
  );
}
