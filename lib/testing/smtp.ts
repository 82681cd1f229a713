import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

/** A real SMTP server on loopback that keeps every message it accepts, for tests. */
export type TestInbox = {
  readonly url: string;
  readonly messages: ParsedMail[];
  /** The accepted messages to one address. */
  to(address: string): ParsedMail[];
  /** Resolves once `count` messages in all have been accepted. */
  waitForCount(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

export type InboxOptions = {
  readonly port?: number;
  /**
   * Asked before each message is accepted (1-based count of messages
   * received): answer false to refuse it, as a server that never said 250.
   */
  readonly accept?: (message: ParsedMail, received: number) => Promise<boolean>;
};

/** An SMTP server on loopback that takes any message without auth or TLS, as tests and the bench need. */
async function listeningSmtpServer(
  port: number,
  onData: NonNullable<SMTPServerOptions["onData"]>,
) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData,
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const address: AddressInfo | string | null = server.server.address();
  if (typeof address !== "object" || !address)
    throw new Error("the SMTP server has no port");
  return { server, port: address.port };
}

/** An SMTP server that counts what it gets and keeps none of it: a sink for the bench's thousands of messages. */
export async function startSmtpSink(port: number) {
  let received = 0;
  const { server } = await listeningSmtpServer(
    port,
    (stream, _session, callback) => {
      stream.on("end", () => {
        received += 1;
        callback();
      });
      stream.resume();
    },
  );
  return {
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function startTestInbox({
  port = 0,
  accept,
}: InboxOptions = {}): Promise<TestInbox> {
  const messages: ParsedMail[] = [];
  let received = 0;
  const { server, port: listening } = await listeningSmtpServer(
    port,
    (stream, _session, callback) => {
      simpleParser(stream)
        .then(async (message) => {
          received += 1;
          if (accept && !(await accept(message, received))) {
            callback(new Error("refused by the test"));
            return;
          }
          messages.push(message);
          callback();
        })
        .catch(callback);
    },
  );
  const addressesOf = (message: ParsedMail) =>
    [message.to]
      .flat()
      .flatMap(
        (to) => to?.value.map(({ address }) => address?.toLowerCase()) ?? [],
      );
  return {
    url: `smtp://127.0.0.1:${listening}`,
    messages,
    to: (recipient) =>
      messages.filter((message) =>
        addressesOf(message).includes(recipient.toLowerCase()),
      ),
    async waitForCount(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline)
          throw new Error(`expected ${count} messages, got ${messages.length}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
