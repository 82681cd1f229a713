import { z } from "zod";
import { routes } from "@/lib/site/routes";
import { tokenUrl } from "./config";
import {
  addressFields,
  formNotSent,
  gateForm,
  seeOther,
  sendOrRefuse,
} from "./form-gate";
import { manageMessage } from "./messages";
import type { SubscribeDependencies } from "./subscribe";
import { newToken, tokenHash } from "./tokens";

const manageSchema = z.strictObject(addressFields, formNotSent);

/**
 * POST /alerts/manage from the alerts page, for a subscriber who has lost
 * the last alert: the address's owner gets a link to stop the alerts, and
 * how to change them. Under the same gate and limits as a sign-up, and with
 * the same answer whether or not the address is subscribed: an address with
 * no alerts is sent nothing, so the form tells no one who subscribes.
 */
export async function handleManageRequest(
  request: Request,
  deps: SubscribeDependencies,
): Promise<Response> {
  const gated = await gateForm(request, deps, manageSchema);
  if (!gated.ok) return gated.response;
  const subscriber = await deps.store.subscriberByEmail(gated.fields.email);
  if (subscriber) {
    const token = newToken();
    await deps.store.addUnsubscribeToken({
      subscriberId: subscriber.id,
      tokenHash: tokenHash(token),
    });
    const unsent = await sendOrRefuse(
      deps.mailer,
      {
        to: subscriber.email,
        ...manageMessage(
          subscriber.topics,
          tokenUrl(deps.config, routes.alertsUnsubscribe, token),
        ),
      },
      "message",
    );
    if (unsent) return unsent;
  }
  return seeOther(routes.alertsManageRequested);
}
