/** Something the importer could not take from the text, said field by field for the person reviewing it. */
export type ImportNote = {
  /** The front matter field it concerns: "calls[0].time", "figures", "headline". */
  readonly field: string;
  readonly message: string;
};
