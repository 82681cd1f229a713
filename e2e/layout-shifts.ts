import type { Page } from "@playwright/test";

/**
 * A CPU as slow as a low-end phone's, where the browser may paint a
 * half-parsed page: a layout that moves as parsing goes on shows up as a shift.
 */
export async function asOnALowEndPhone(page: Page) {
  const devTools = await page.context().newCDPSession(page);
  await devTools.send("Emulation.setCPUThrottlingRate", { rate: 6 });
}

/**
 * The page's layout shifts so far, as Chrome reports them for CLS, each with
 * what moved. A shift in which nothing moved by a whole CSS pixel is left
 * out: Chrome reports sub-pixel rounding when text is swapped in at
 * hydration (a "Toll-free" label moved by a fraction of a pixel, score
 * 0.00006), which no reader sees and which came and went between runs.
 */
export async function layoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        type Source = {
          node: Node | null;
          previousRect: DOMRectReadOnly;
          currentRect: DOMRectReadOnly;
        };
        type Shift = PerformanceEntry & { value: number; sources: Source[] };
        const describe = (node: Node | null) =>
          node instanceof Element
            ? node.outerHTML.slice(0, 120)
            : `${String(node?.nodeName)} "${node?.textContent?.slice(0, 60)}" in ${node?.parentElement?.outerHTML.slice(0, 120)}`;
        const movedAPixel = ({ previousRect: was, currentRect: is }: Source) =>
          [
            is.x - was.x,
            is.y - was.y,
            is.width - was.width,
            is.height - was.height,
          ].some((change) => Math.abs(change) >= 1);
        new PerformanceObserver((list) => {
          resolve(
            (list.getEntries() as Shift[])
              .filter(({ sources }) => sources.some(movedAPixel))
              .map(
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
