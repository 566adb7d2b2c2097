/** Claims about the tables read from a model's prose, computed once per model (several rules read them). */
import type { ReportModel } from '../model/types.js';
import { findBreakdowns, type Breakdown } from './breakdown.js';
import { extractClaims, type Claim } from './claims.js';

export type { Claim, ClaimKind, ResultCategory, Applicant } from './claims.js';
export type { Breakdown } from './breakdown.js';
export { proseOffsetPosition } from './position.js';

interface ProseFacts {
  claims: Claim[];
  breakdowns: Breakdown[];
}

const cache = new WeakMap<object, ProseFacts>();

function facts(model: ReportModel): ProseFacts {
  const prose = Array.isArray(model.prose) ? model.prose : [];
  let f = cache.get(prose);
  if (!f) {
    f = { claims: [], breakdowns: [] };
    try {
      f.claims = extractClaims(prose);
    } catch {
      f.claims = [];
    }
    try {
      f.breakdowns = findBreakdowns(prose);
    } catch {
      f.breakdowns = [];
    }
    cache.set(prose, f);
  }
  return f;
}

export const proseClaims = (model: ReportModel): Claim[] => facts(model).claims;
export const proseBreakdowns = (model: ReportModel): Breakdown[] => facts(model).breakdowns;
