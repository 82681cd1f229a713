import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

/** 256 random bits, URL-safe: the only copy is in the message it is sent in. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the store keeps of a token: a leaked database confirms or unsubscribes no one. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A token as newToken writes it: 32 bytes in unpadded base64url. */
export const tokenSchema = z.base64url().length(43);
