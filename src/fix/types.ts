/** What `nianbao fix` plans: exact source replacements, and the places it will not touch (with why). */
import type { Position } from '../model/types.js';

/** Replaces `markdown.slice(start, end)` with `text`. Offsets are UTF-16 code units, end exclusive. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
  /** Where the edit is, for messages (1-based, as in findings). */
  position: Position;
  /** Chinese: what the edit does (`填写表三「…」行「总计」列：0`). */
  description: string;
}

/** A place nianbao saw a problem but will not change, with the reason in Chinese. */
export interface Refusal {
  message: string;
  position: Position;
}

export interface FixPlan {
  edits: TextEdit[];
  refusals: Refusal[];
}
