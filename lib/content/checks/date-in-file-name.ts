import type { ContentRule } from "./rule";

export const dateMatchesFileName: ContentRule = {
  name: "date-matches-file-name",
  description: "The front matter's date is the date the file name starts with.",
  check: ({ file, frontMatter: { date }, slugDate }) =>
    date === slugDate
      ? []
      : [
          {
            file,
            field: "date",
            message: `${date} does not match the date ${slugDate} in the file name; rename the file or correct the date`,
          },
        ],
};
