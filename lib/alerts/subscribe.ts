import { z } from "zod";
import { routes } from "@/lib/site/routes";
import { tokenUrl, type AlertsConfig } from "./config";
import type { Mailer } from "./mailer";
import { confirmationMessage } from "./messages";
import {
  addressFields,
  formNotSent,
  gateForm,
  seeOther,
  sendOrRefuse,
  type SignUpLimits,
} from "./form-gate";
import type { AlertStore } from "./store";
import { newToken, tokenHash } from "./tokens";

export type SubscribeDependencies = {
  readonly config: AlertsConfig;
  readonly store: AlertStore;
  readonly mailer: Mailer;
  readonly limits: SignUpLimits;
  readonly now: () => number;
};

const signUpSchema = z
  .strictObject(
    {
      ...addressFields,
      releases: z.literal("on", formNotSent).optional(),
      calls: z.literal("on", formNotSent).optional(),
    },
    formNotSent,
  )
  .refine(
    ({ releases, calls }) => releases !== undefined || calls !== undefined,
    {
      message: "Choose new press releases, call reminders, or both.",
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
  const gated = await gateForm(request, deps, signUpSchema);
  if (!gated.ok) return gated.response;
  const { email } = gated.fields;
  const topics = {
    releases: gated.fields.releases === "on",
    calls: gated.fields.calls === "on",
  };

  const token = newToken();
  const now = deps.now();
  await deps.store.deleteExpiredConfirmations(now);
  const unsent = await sendOrRefuse(
    deps.mailer,
    {
      to: email,
      ...confirmationMessage(
        topics,
        tokenUrl(deps.config, routes.alertsConfirm, token),
      ),
    },
    "confirmation message",
  );
  if (unsent) return unsent;
  // Kept only once its message is out: a sign-up whose confirmation could not be sent leaves nothing behind.
  await deps.store.addConfirmation({
    tokenHash: tokenHash(token),
    email,
    topics,
    requestedAt: now,
  });
  return seeOther(routes.alertsRequested);
}
