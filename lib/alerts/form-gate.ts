import {
  RateLimiterMemory,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { z } from "zod";
import { absoluteUrl } from "@/lib/site/routes";
import type { AlertsConfig } from "./config";
import type { Mailer, OutgoingMessage } from "./mailer";
import { alertPageResponse } from "./pages";
import { clientAddress, readForm } from "./requests";

/** One limit: `points` uses per key in `duration` seconds, counted under `keyPrefix`. */
export type LimitSetting = {
  readonly keyPrefix: string;
  readonly points: number;
  readonly duration: number;
};

export type SignUpLimits = {
  readonly perClient: RateLimiterAbstract;
  readonly perAddress: RateLimiterAbstract;
};

/**
 * Requests a client address may make in 15 minutes, and messages one e-mail
 * address may be sent in an hour, sign-ups and "manage my alerts" together:
 * the forms cannot be used to flood an inbox. By default they are counted in
 * this process's memory, and start afresh with it; ./open-store counts them
 * in PostgreSQL when the site runs on several machines.
 */
export function signUpLimits(
  counter: (setting: LimitSetting) => RateLimiterAbstract = (setting) =>
    new RateLimiterMemory(setting),
): SignUpLimits {
  return {
    perClient: counter({
      keyPrefix: "alerts-client",
      points: 5,
      duration: 15 * 60,
    }),
    perAddress: counter({
      keyPrefix: "alerts-address",
      points: 3,
      duration: 60 * 60,
    }),
  };
}

/** Each refusal is a sentence for the reader, who never sees the form's field names. */
export const formNotSent =
  "The form was not sent as the alerts page sends it; please fill it in again there.";

/** The fields every alerts form has: the address, and the honeypot that people never see and robots fill in. */
export const addressFields = {
  email: z
    .string(formNotSent)
    .trim()
    .max(
      254,
      "That e-mail address is longer than any mailbox's; please check it.",
    )
    .pipe(
      z.email(
        "That is not an e-mail address; please check it (it looks like name@example.com).",
      ),
    ),
  website: z.literal("", formNotSent),
};

export const refusal = (
  status: number,
  title: string,
  reason: string,
  extraHeaders?: Record<string, string>,
) =>
  alertPageResponse({
    status,
    title,
    paragraphs: [reason, "Nothing was stored and nothing was sent."],
    extraHeaders,
  });

async function withinLimit(
  limiter: RateLimiterAbstract,
  key: string,
): Promise<number | undefined> {
  try {
    await limiter.consume(key);
    return undefined;
  } catch (refused) {
    if (refused instanceof RateLimiterRes)
      return Math.ceil(refused.msBeforeNext / 1000);
    throw refused;
  }
}

const tooMany = (seconds: number) =>
  refusal(
    429,
    "Too many requests",
    `Please wait ${Math.ceil(seconds / 60)} minutes before asking again.`,
    { "Retry-After": String(seconds) },
  );

type GateDependencies = {
  readonly config: AlertsConfig;
  readonly limits: SignUpLimits;
};

export type Gated<Fields> =
  | { readonly ok: true; readonly fields: Fields }
  | { readonly ok: false; readonly response: Response };

/**
 * What every alerts form goes through before anything is stored or sent:
 * the site's own origin, a readable form within the size limit, the
 * client's limit, each field once and as the schema says, then the
 * address's limit.
 */
export async function gateForm<Fields extends { email: string }>(
  request: Request,
  deps: GateDependencies,
  schema: z.ZodType<Fields>,
): Promise<Gated<Fields>> {
  const refuse = (response: Response) => ({ ok: false as const, response });
  const origin = request.headers.get("origin");
  if (!origin || !deps.config.allowedOrigins.has(origin))
    return refuse(
      refusal(
        403,
        "Use the alerts page",
        "This form can only be sent from the site's own alerts page.",
      ),
    );
  const form = await readForm(request);
  if (!form.ok)
    return refuse(
      refusal(form.status, "The form could not be read", form.reason),
    );
  const clientWait = await withinLimit(
    deps.limits.perClient,
    clientAddress(request),
  );
  if (clientWait !== undefined) return refuse(tooMany(clientWait));
  const keys = [...form.fields.keys()];
  if (new Set(keys).size !== keys.length)
    return refuse(refusal(400, "The form could not be read", formNotSent));
  const parsed = schema.safeParse(Object.fromEntries(form.fields));
  if (!parsed.success)
    return refuse(
      refusal(
        400,
        "Please check the form",
        parsed.error.issues[0]?.message ?? formNotSent,
      ),
    );
  const addressWait = await withinLimit(
    deps.limits.perAddress,
    parsed.data.email.toLowerCase(),
  );
  if (addressWait !== undefined) return refuse(tooMany(addressWait));
  return { ok: true, fields: parsed.data };
}

/** Sends a form's one message; if the mail server fails, the answer to give instead (503). */
export async function sendOrRefuse(
  mailer: Mailer,
  message: OutgoingMessage,
  what: string,
): Promise<Response | undefined> {
  try {
    await mailer.send(message);
    return undefined;
  } catch (failure) {
    console.error(`alerts: the ${what} could not be sent:`, failure);
    return refusal(
      503,
      "Please try again later",
      `The ${what} could not be sent just now.`,
    );
  }
}

/** Where an accepted form lands: its "check your inbox" page, by a 303 so that a reload posts nothing again. */
export const seeOther = (path: string) =>
  new Response(null, {
    status: 303,
    headers: { Location: absoluteUrl(path) },
  });
