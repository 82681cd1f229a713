import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { z } from "zod";
import { absoluteUrl, routes } from "@/lib/site/routes";
import { tokenUrl, type AlertsConfig } from "./config";
import type { Mailer } from "./mailer";
import { confirmationMessage } from "./messages";
import { alertPageResponse } from "./pages";
import { clientAddress, readForm } from "./requests";
import type { AlertStore } from "./store";
import { newToken, tokenHash } from "./tokens";

export type SubscribeDependencies = {
  readonly config: AlertsConfig;
  readonly store: AlertStore;
  readonly mailer: Mailer;
  readonly limits: SignUpLimits;
  readonly now: () => number;
};

/**
 * Sign-ups a client address may make in 15 minutes, and confirmation
 * messages one e-mail address may be sent in an hour: the form cannot be
 * used to flood an inbox. Kept in memory, so they start afresh with the server.
 */
export function signUpLimits() {
  return {
    perClient: new RateLimiterMemory({ points: 5, duration: 15 * 60 }),
    perAddress: new RateLimiterMemory({ points: 3, duration: 60 * 60 }),
  };
}
export type SignUpLimits = ReturnType<typeof signUpLimits>;

/** Each refusal is a sentence for the reader, who never sees the form's field names. */
const formNotSent =
  "The form was not sent as the alerts page sends it; please fill it in again there.";
const signUpSchema = z.strictObject(
  {
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
    releases: z.literal("on", formNotSent).optional(),
    calls: z.literal("on", formNotSent).optional(),
    /** The honeypot: hidden from people, filled in by form-filling robots. */
    website: z.literal("", formNotSent),
  },
  formNotSent,
);

const problem = (
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
  limiter: RateLimiterMemory,
  key: string,
): Promise<number | undefined> {
  try {
    await limiter.consume(key);
    return undefined;
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes)
      return Math.ceil(refusal.msBeforeNext / 1000);
    throw refusal;
  }
}

const tooMany = (seconds: number) =>
  problem(
    429,
    "Too many sign-ups",
    `Please wait ${Math.ceil(seconds / 60)} minutes before asking again.`,
    {
      "Retry-After": String(seconds),
    },
  );

/**
 * POST /alerts/subscribe from the form: sends one confirmation message and
 * keeps the sign-up for 48 hours; the answer is the same whether or not the
 * address is already subscribed.
 */
export async function handleSubscribe(
  request: Request,
  deps: SubscribeDependencies,
): Promise<Response> {
  const origin = request.headers.get("origin");
  if (!origin || !deps.config.allowedOrigins.has(origin)) {
    return problem(
      403,
      "Sign up on the alerts page",
      "This form can only be sent from the site's own alerts page.",
    );
  }
  const form = await readForm(request);
  if (!form.ok)
    return problem(form.status, "The form could not be read", form.reason);

  const clientWait = await withinLimit(
    deps.limits.perClient,
    clientAddress(request),
  );
  if (clientWait !== undefined) return tooMany(clientWait);

  const keys = [...form.fields.keys()];
  if (new Set(keys).size !== keys.length) {
    return problem(400, "The form could not be read", formNotSent);
  }
  const parsed = signUpSchema.safeParse(Object.fromEntries(form.fields));
  if (!parsed.success) {
    return problem(
      400,
      "Please check the form",
      parsed.error.issues[0]?.message ?? formNotSent,
    );
  }
  const { email } = parsed.data;
  const topics = {
    releases: parsed.data.releases === "on",
    calls: parsed.data.calls === "on",
  };
  if (!topics.releases && !topics.calls) {
    return problem(
      400,
      "Please check the form",
      "Choose new press releases, call reminders, or both.",
    );
  }
  const addressWait = await withinLimit(
    deps.limits.perAddress,
    email.toLowerCase(),
  );
  if (addressWait !== undefined) return tooMany(addressWait);

  const token = newToken();
  const now = deps.now();
  await deps.store.deleteExpiredConfirmations(now);
  try {
    await deps.mailer.send({
      to: email,
      ...confirmationMessage(
        topics,
        tokenUrl(deps.config, routes.alertsConfirm, token),
      ),
    });
  } catch (failure) {
    console.error(
      "alerts: the confirmation message could not be sent:",
      failure,
    );
    return problem(
      503,
      "Please try again later",
      "The confirmation message could not be sent just now.",
    );
  }
  // Kept only once its message is out: a sign-up whose confirmation could not be sent leaves nothing behind.
  await deps.store.addConfirmation({
    tokenHash: tokenHash(token),
    email,
    topics,
    requestedAt: now,
  });
  return new Response(null, {
    status: 303,
    headers: { Location: absoluteUrl(routes.alertsRequested) },
  });
}
