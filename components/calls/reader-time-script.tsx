import { readerTime } from "@/lib/time/reader-time";

const fillReaderTime = `(function(p){var t=(${readerTime.toString()})(+p.dataset.epoch);p.querySelector("[data-zone]").textContent=t.zone;p.querySelector("time").textContent=t.time;p.hidden=false})(document.currentScript.previousElementSibling)`;

/**
 * Writes the reader's time into the ReaderTime just before it as soon as the
 * parser gets here, so the line is there at the first paint and hydration
 * moves nothing below it.
 */
export function ReaderTimeScript() {
  return <script dangerouslySetInnerHTML={{ __html: fillReaderTime }} />;
}
