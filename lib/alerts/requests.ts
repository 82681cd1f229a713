/**
 * What every alert endpoint does before it reads a form: a body of bounded
 * size, of the form content type, and the client's address for rate limits.
 */

/** Far more than an address and two choices need; anything larger is refused unread. */
export const MAX_FORM_BYTES = 2048;

export type FormRead =
  | { readonly ok: true; readonly fields: URLSearchParams }
  | { readonly ok: false; readonly status: 413 | 415; readonly reason: string };

export async function readForm(request: Request): Promise<FormRead> {
  const type = request.headers
    .get("content-type")
    ?.split(";")[0]
    ?.trim()
    .toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    return {
      ok: false,
      status: 415,
      reason: "The form must be sent as application/x-www-form-urlencoded.",
    };
  }
  const tooLarge = {
    ok: false,
    status: 413,
    reason: `The form may be at most ${MAX_FORM_BYTES} bytes.`,
  } as const;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_FORM_BYTES)
    return tooLarge;
  // Content-Length can lie or be absent (chunked): count what arrives, and stop reading past the cap.
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (
      let chunk = await reader.read();
      !chunk.done;
      chunk = await reader.read()
    ) {
      size += chunk.value.byteLength;
      if (size > MAX_FORM_BYTES) {
        await reader.cancel();
        return tooLarge;
      }
      chunks.push(chunk.value);
    }
  }
  return {
    ok: true,
    fields: new URLSearchParams(Buffer.concat(chunks).toString("utf8")),
  };
}

/**
 * The client's address: the last X-Forwarded-For entry, which the proxy in
 * front of the site appends (Next sets it from the socket when there is no
 * proxy). Behind no proxy a client could name itself; the per-address limit
 * on the e-mail side still holds.
 */
export function clientAddress(request: Request): string {
  const forwarded = request.headers
    .get("x-forwarded-for")
    ?.split(",")
    .at(-1)
    ?.trim();
  return forwarded || "unknown";
}
