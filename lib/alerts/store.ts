/**
 * What alerts keep, behind one interface: SQLite (./sqlite-store) is the
 * embedded default for one machine; PostgreSQL (./postgres-store) serves a
 * site that runs on several (docs/alerts.md, "Outgrowing one machine").
 * ./open-store picks one by ALERTS_DB. Tokens arrive here only as hashes
 * (./tokens).
 */

import { HOUR_MS } from "@/lib/time/durations";

/** What a subscriber chose to receive. */
export type Topics = { readonly releases: boolean; readonly calls: boolean };
export type Topic = keyof Topics;

export type Subscriber = {
  readonly id: number;
  readonly email: string;
  readonly topics: Topics;
  readonly confirmedAt: number;
};

/** A sign-up waiting for its owner to follow the confirmation link. */
export type PendingConfirmation = {
  readonly tokenHash: string;
  readonly email: string;
  readonly topics: Topics;
  readonly requestedAt: number;
};

/** An unconfirmed sign-up is forgotten after this long. */
export const CONFIRMATION_LIFETIME_MS = 48 * HOUR_MS;

export interface AlertStore {
  /** Keeps a sign-up until it is confirmed or expires; nothing is sent to the address but its confirmation. */
  addConfirmation(pending: PendingConfirmation): Promise<void>;
  /**
   * Subscribes the address a live confirmation was sent to, with the topics
   * chosen then (replacing earlier ones); undefined if the token is unknown,
   * used or expired.
   */
  confirm(
    tokenHash: string,
    now: number,
  ): Promise<{ readonly email: string } | undefined>;
  /** Ends the subscription an alert's unsubscribe token belongs to, with its record; false if there is none. */
  unsubscribe(tokenHash: string): Promise<boolean>;
  /** The confirmed subscriber at an address, whatever its case; undefined if none. */
  subscriberByEmail(email: string): Promise<Subscriber | undefined>;
  /** Keeps an unsubscribe token for a message that is not an alert: the one "manage my alerts" sends. */
  addUnsubscribeToken(token: {
    readonly subscriberId: number;
    readonly tokenHash: string;
  }): Promise<void>;
  deleteExpiredConfirmations(now: number): Promise<number>;
  /**
   * When each item was first seen published: `now` for items new to the
   * store, except on the very first run, which records what is already on
   * the site as back catalogue (time 0) so that nobody is alerted to it.
   */
  markPublished(
    itemKeys: readonly string[],
    now: number,
  ): Promise<ReadonlyMap<string, number>>;
  /**
   * Confirmed subscribers to a topic who have not yet been sent the item;
   * with `confirmedBy`, only those who had confirmed by then.
   */
  recipients(query: {
    readonly itemKey: string;
    readonly topic: Topic;
    readonly confirmedBy?: number;
  }): Promise<readonly Subscriber[]>;
  /**
   * Takes the sending of an item to a subscriber for this run, and keeps
   * the unsubscribe token its message will carry; undefined if the item was
   * sent to them, they are gone, or another run holds it. Runs may send at
   * the same time, from any machine: each message goes out once. A claim
   * never completed (its run killed while sending) is free again once that
   * run is gone, and a later run sends it under the same Message-ID.
   */
  claimDelivery(delivery: {
    readonly subscriberId: number;
    readonly itemKey: string;
    readonly unsubscribeTokenHash: string;
    readonly now: number;
  }): Promise<DeliveryClaim | undefined>;
  close(): Promise<void>;
}

/** A delivery one run holds until it is completed or let go. */
export type DeliveryClaim = {
  /** Records the message as sent: no run sends it again. */
  complete(now: number): Promise<void>;
  /** Lets the delivery go unsent (its message could not be sent): a later run sends it. */
  release(): Promise<void>;
};
