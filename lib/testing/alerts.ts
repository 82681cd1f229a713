import { alertsConfig } from "@/lib/alerts/config";
import { signUpLimits } from "@/lib/alerts/form-gate";
import type { Mailer, OutgoingMessage } from "@/lib/alerts/mailer";
import { openSqliteAlertStore } from "@/lib/alerts/sqlite-store";
import type {
  AlertStore,
  PendingConfirmation,
  Topics,
} from "@/lib/alerts/store";

/**
 * Signs an address up and confirms it at once, as a reader who follows the
 * link straight away; the token's hash is the address itself.
 */
export async function addConfirmedSubscriber(
  store: AlertStore,
  email: string,
  { topics, at }: { readonly topics: Topics; readonly at: number },
): Promise<void> {
  await store.addConfirmation({
    tokenHash: email,
    email,
    topics,
    requestedAt: at,
  });
  await store.confirm(email, at);
}

/** A mailer that keeps what it is given, for tests. */
export function recordingMailer(): Mailer & {
  readonly sent: OutgoingMessage[];
} {
  const sent: OutgoingMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
    },
    close() {},
  };
}

/** An in-memory store that also lists the sign-ups it was asked to keep. */
export function watchedStore(): AlertStore & {
  readonly kept: PendingConfirmation[];
} {
  const store = openSqliteAlertStore(":memory:");
  const kept: PendingConfirmation[] = [];
  return {
    ...store,
    kept,
    async addConfirmation(pending) {
      kept.push(pending);
      await store.addConfirmation(pending);
    },
  };
}

/** What the alerts forms' handlers are given, on a site at `origin`: a watched store, a recording mailer, fresh limits, a fixed clock. */
export function formHandlerDeps(origin: string) {
  return {
    config: alertsConfig({ SITE_URL: origin }),
    store: watchedStore(),
    mailer: recordingMailer(),
    limits: signUpLimits(),
    now: () => 1_000,
  };
}
