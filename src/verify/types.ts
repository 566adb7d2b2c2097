/** Shapes shared by every verify module. */

/** A message in both languages; the CLI prints `zh / en`. */
export interface Message {
  zh: string;
  en: string;
}

export type CheckStatus = 'pass' | 'fail';

/** One outcome of one check: a pass, or one failure (a check may report several failures). */
export interface VerifyItem {
  /** Matterhorn checkpoint (e.g. `06-002`), or a veraPDF / house rule id for conditions Matterhorn lacks. */
  checkpoint: string;
  /** Id of the check in the catalogue (`src/verify/checks.ts`), e.g. `xmp-pdfuaid`. */
  check: string;
  status: CheckStatus;
  message: Message;
  /** Where: page number, object number, structure path… */
  detail?: string;
}

export interface VerifyResult {
  /** True when no item failed. */
  ok: boolean;
  items: VerifyItem[];
}

/** Raised when the input cannot be checked at all (not a PDF, unreadable, broken beyond repair). */
export class VerifyInputError extends Error {
  constructor(
    message: string,
    readonly zh: string,
  ) {
    super(message);
    this.name = 'VerifyInputError';
  }
}
