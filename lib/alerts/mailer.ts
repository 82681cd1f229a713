import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { connect } from "node:net";
import nodemailer from "nodemailer";
import SMTPPool from "nodemailer/lib/smtp-pool";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import type { AlertsConfig } from "./config";

/** One message as the alerts compose it: a plain-text and an HTML part, and what else it needs. */
export type OutgoingMessage = {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Stable per subscriber and item, so that a message resent after a crash is recognisably the same one. */
  readonly messageId?: string;
  /** The one-click unsubscribe address (RFC 8058), sent as List-Unsubscribe and List-Unsubscribe-Post. */
  readonly unsubscribeUrl?: string;
  readonly attachments?: readonly {
    readonly filename: string;
    readonly content: string;
    readonly contentType: string;
  }[];
};

export type Mailer = {
  send(message: OutgoingMessage): Promise<void>;
  close(): void;
};

function envelope(message: OutgoingMessage, from: string) {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: message.messageId,
    attachments: message.attachments?.map((attachment) => ({ ...attachment })),
    ...(message.unsubscribeUrl && {
      list: {
        unsubscribe: { url: message.unsubscribeUrl, comment: "Unsubscribe" },
      },
      headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    }),
  };
}

/**
 * A TCP connection to the SMTP server with Nagle's algorithm off. With it
 * on, the last small write of each message waits until the server has
 * acknowledged the one before, which servers delay by up to 40 ms: a
 * message would take that long at the least. (smtps:// is then wrapped in
 * TLS over it by nodemailer.)
 */
const connectWithoutDelay: SMTPTransport.Options["getSocket"] = (
  { host, port, secure },
  callback,
) => {
  // nodemailer's own defaults for a URL without a port.
  const socket = connect({
    host,
    port: port ?? (secure ? 465 : 587),
    noDelay: true,
  });
  socket.once("error", callback);
  socket.once("connect", () => {
    socket.removeListener("error", callback);
    callback(null, { connection: socket });
  });
};

/**
 * SMTP when SMTP_URL is set; otherwise each message is written to the outbox
 * folder as an .eml file and the console says where, so that alerts work on
 * a laptop with no mail server. Beside it goes a .txt copy of its text part:
 * the .eml is quoted-printable, which breaks a long link across "=" line
 * ends for anyone reading the raw file.
 */
export function createMailer(
  config: AlertsConfig,
  {
    reuseConnection = false,
  }: {
    /**
     * Keep the SMTP connection open from one message to the next, as
     * `alerts:send` does for its thousands: a connection per message costs
     * a handshake each, and some servers pause before greeting.
     */
    readonly reuseConnection?: boolean;
  } = {},
): Mailer {
  if (config.smtpUrl) {
    const options = { url: config.smtpUrl, getSocket: connectWithoutDelay };
    const transport = nodemailer.createTransport(
      reuseConnection
        ? new SMTPPool({ ...options, pool: true, maxConnections: 1 })
        : new SMTPTransport(options),
    );
    return {
      async send(message) {
        await transport.sendMail(envelope(message, config.from));
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
  });
  const outbox = resolve(config.outbox);
  let written = 0;
  return {
    async send(message) {
      const { message: raw } = await transport.sendMail(
        envelope(message, config.from),
      );
      if (!Buffer.isBuffer(raw))
        throw new Error("nodemailer gave no buffered message");
      mkdirSync(outbox, { recursive: true });
      written += 1;
      const name = join(outbox, `${Date.now()}-${process.pid}-${written}`);
      writeFileSync(`${name}.eml`, raw);
      writeFileSync(
        `${name}.txt`,
        `To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`,
      );
      console.log(
        `alerts: no SMTP_URL, so the message to ${message.to} is in ${name}.eml (its text, links whole, in ${name}.txt)`,
      );
    },
    close: () => transport.close(),
  };
}
