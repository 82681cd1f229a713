import { describe, expect, it } from "vitest";
import { fileOf, problemsLoading } from "@/lib/testing/content-problems";

describe("stated events and figures", () => {
  it("an event fails the build, naming file and event, when its quote is not in the body", () => {
    expect(problemsLoading("event-quote-missing")).toEqual([
      {
        file: fileOf("event-quote-missing"),
        field: "events[0] (Form 10-K expected)",
        message:
          'its quote is not in the body: "The company expects to timely file its Form 10-K by March 16, 2005."',
      },
    ]);
  });

  it("a figure fails the build, naming file and figure, when its quote is not in the body", () => {
    expect(problemsLoading("figure-quote-missing")).toEqual([
      {
        file: fileOf("figure-quote-missing"),
        field: "figures[0] (Revenues)",
        message:
          'its quote is not in the body: "Example Corp today reported fourth-quarter revenues of $46 million."',
      },
    ]);
  });

  it("an event that repeats a call's day and sentence fails the build: the timeline shows the call already", () => {
    expect(problemsLoading("event-repeats-call")).toEqual([
      {
        file: fileOf("event-repeats-call"),
        field: "events[0] (Conference call)",
        message:
          'repeats the day of "Results call" with its sentence, which the timeline shows already: events are facts beyond the release\'s calls and their replays; remove it',
      },
    ]);
  });
});
