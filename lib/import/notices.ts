import type { SetApartSection } from "@/lib/content/authoring";
import { sentencesOf } from "@/lib/text/sentences";
import type { WireBlock } from "./layout";

const safeHarbor = /\bforward-looking statements?\b/i;
const trademarks = /\b(registered )?trademarks? of\b/i;

/**
 * Whether the block is the forward-looking statements or the trademark
 * notice: notices say what they are in their first sentence, so a call
 * paragraph that only mentions forward-looking statements later is not one.
 */
export function setApartSectionOf(
  block: WireBlock,
): SetApartSection | undefined {
  if (block.kind !== "paragraph") return undefined;
  const [first] = sentencesOf(block.text);
  const opening = first?.text ?? block.text;
  if (safeHarbor.test(opening)) return "safe-harbor";
  if (trademarks.test(opening)) return "trademarks";
  return undefined;
}
