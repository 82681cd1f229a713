const buildDay = new Intl.DateTimeFormat("en-US", {
  dateStyle: "long",
  timeZone: "UTC",
});

/** Says which day a status was worked out on, when it was the build's day and not the reader's. */
export function AsOfBuild({ builtAt }: { builtAt: number }) {
  return <>as of {buildDay.format(builtAt)}</>;
}
