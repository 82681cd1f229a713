/**
 * When a call starts: at an instant, when the release gives a time and a
 * zone; at a local time, printed without a zone, which no reader's clock can
 * be given; or on a day, with the zone it names without a time, if any.
 */
export type CallTiming =
  | {
      readonly kind: "exact";
      /** Wall-clock HH:MM in `zone`. */
      readonly time: string;
      readonly zone: string;
      readonly startsAt: number;
      /** Its start plus its length, estimated or stated. */
      readonly endsAt: number;
    }
  | {
      readonly kind: "local";
      /** Wall-clock HH:MM wherever it is held. */
      readonly time: string;
    }
  | {
      readonly kind: "day";
      readonly zone: string | undefined;
    };

/** The time and zone the release gives for a call, whatever they allow. */
export function statedTimeAndZone(timing: CallTiming): {
  time: string | undefined;
  zone: string | undefined;
} {
  switch (timing.kind) {
    case "exact":
      return { time: timing.time, zone: timing.zone };
    case "local":
      return { time: timing.time, zone: undefined };
    case "day":
      return { time: undefined, zone: timing.zone };
  }
}
