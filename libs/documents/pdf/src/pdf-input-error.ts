/** Input a renderer cannot turn into a faithful document: a bug in the caller, never shown to a candidate. */
export class PdfInputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`cannot render the document:\n${problems.join('\n')}`);
    this.name = 'PdfInputError';
  }
}
