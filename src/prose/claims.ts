/**
 * Claims the prose makes about the tables: `共收到政府信息公开申请18件`, `予以公开71件，占32.6%`,
 * `结转至2026年6件`, `行政复议36起`, `制发行政规范性文件62件`, `自然人17件`, `均获维持`, `办结率100%`…
 *
 * Each count is read with its label: the clause text before it (back to the previous count in the same
 * clause). A label must name the figure unambiguously, and statements about applications must sit in a
 * sentence or paragraph about 申请 (so `收到群众诉求348件` or `信息92条` are never table figures).
 * Approximate numbers (余/近/约/多/左右) are kept but flagged: rules never compare them.
 */
import type { ProseParagraph } from '../model/types.js';
import { clauses, sentences, type Span } from './clauses.js';
import { findNumbers, type NumberToken } from './numbers.js';

export type ResultCategory = 'r1' | 'r2' | 'r3' | 'r4' | 'r5' | 'r6';
export type Applicant = 'natural' | 'business' | 'research' | 'charity' | 'legal' | 'legalPersons';

export type ClaimKind =
  | 'received' // 收到/受理…申请 N 件
  | 'handled' // 办理…申请 N 件 (ambiguous: 新收, 新收+结转 or （七）)
  | 'concluded' // 办结 N 件
  | 'carriedIn' // 上年结转 N 件
  | 'carryOver' // 结转至下年度 N 件
  | 'result' // 予以公开 N 件 (category)
  | 'share' // 予以公开…占 N% (category)
  | 'applicant' // 自然人 N 件
  | 'review' // 行政复议 N 件
  | 'litigation' // 行政诉讼 N 件
  | 'normative' // 制发/废止/现行有效 规范性文件 N 件
  | 'allUpheld' // 均获维持
  | 'allClosed' // 均已审结 / 均已结案
  | 'allConcluded' // 均已办结
  | 'fullCompletion'; // 办结率100%

export interface Claim {
  kind: ClaimKind;
  paragraph: ProseParagraph;
  /** Offsets in paragraph.text of what the finding points at (the number, or the phrase). */
  start: number;
  end: number;
  /** The statement as typed, for messages (label + number + unit). */
  quote: string;
  /** Stated value (count, or percentage for 'share'); null for phrases. */
  value: number | null;
  approximate: boolean;
  category?: ResultCategory;
  applicant?: Applicant;
  normative?: 'issued' | 'repealed' | 'inForce';
  /** 'allUpheld' / 'allClosed': which 表四 groups the sentence names. */
  groups?: ('review' | 'litigation')[];
  /** A percentage stated right after a 'result' count (`予以公开71件，占32.6%`). */
  share?: { value: number; start: number; end: number; approximate: boolean };
}

const APPLICATION = /申请/;
const NOT_APPLICATION = /诉求|信访|举报|投诉|咨询|留言|来信|来电|热线|12345|工单|问政|建议|提案/;
const CASE_UNITS = /[件起宗个次]/;
const APPLICATION_UNITS = /[件项个份宗]/;

const CATEGORY: [RegExp, ResultCategory][] = [
  [/(?<!不)予以公开/, 'r1'],
  [/部分公开|区分处理/, 'r2'],
  [/不予公开/, 'r3'],
  [/无法提供/, 'r4'],
  [/不予处理/, 'r5'],
  [/其他处理/, 'r6'],
];
const CATEGORY_WORDS = /予以公开|部分公开|区分处理|不予公开|无法提供|不予处理|其他处理/g;
const CATEGORY_END = /(予以公开|部分公开|区分处理|不予公开|无法提供|不予处理|其他处理)(答复|决定|处理)?(的)?(申请)?(共|为|有|计)?\s*$/;

const APPLICANT_END =
  /(自然人|公民个人|公民|商业企业|科研机构|社会公益组织|法律服务机构|法人或其他组织|法人和其他组织|法人及其他组织)(提出|提交|申请|的申请|的)*(共|为|有|计)?\s*$/;
const APPLICANT_ID: [RegExp, Applicant][] = [
  [/自然人|公民/, 'natural'],
  [/商业企业/, 'business'],
  [/科研机构/, 'research'],
  [/社会公益组织/, 'charity'],
  [/法律服务机构/, 'legal'],
  [/法人/, 'legalPersons'],
];

const CARRY_OVER = /结转(至|到|入)|结转下一?年|转入下一?年|(下一?年度?|次年)(继续)?办理|留待下一?年/;
const CARRIED_IN = /上一?年度?(结转|转入)|结转上一?年|(上一?年度?|去年)遗留/;
const RECEIVED = /收到|受理|接收|新收|接到/;
const HANDLED = /办理|处理|答复/;
/** The application itself must be the last thing named before the number. */
const APPLICATION_END = /(申请|依申请公开(事项|信息)?|申请件)(数量|数|事项)?(共|为|有|计|合计|达)?\s*$/;
const CONCLUDED_END = /办结(了)?(政府信息公开申请|申请)?(共|为|计)?\s*$/;

const ISSUED = /(制发|印发|出台|制定|发布|新制定)(了)?(行政)?规范性文件(共|为|计)?\s*$/;
const REPEALED = /废止(了)?(行政)?规范性文件(共|为|计)?\s*$/;
const IN_FORCE = /(现行有效(的)?(行政)?规范性文件|(行政)?规范性文件现行有效(的)?)(共|为|有|计)?\s*$/;

const UPHELD = /(?<![未没不非])(均|全部|都)(获|被|予以|已|为|是)?(依法)?维持/;
const CLOSED = /(?<![未没不非])(均已|全部|均)(审结|结案)/;
const ALL_CONCLUDED = /(?<![未没不非])(均已|全部|均)(按时|按期|依法|在法定期限内)?(办结)/;
const SHARE_CATEGORY = /(予以公开|部分公开|区分处理|不予公开|无法提供|不予处理|其他处理)[^，。]{0,6}(占|比例|比重)[^，。]{0,8}$/;
const SHARE_LABEL = /(占|占比|比例为|比例|比重为|比重)\s*$/;
const CHANGE = /同比|环比|增长|下降|增加|减少|提高|提升|上升|降低|增幅|降幅/;

export function extractClaims(paragraphs: readonly ProseParagraph[]): Claim[] {
  const out: Claim[] = [];
  for (const p of paragraphs) {
    if (p.kind === 'heading' || !/\d|[０-９一二两三四五六七八九十]|维持|审结|结案|办结/.test(p.text)) continue;
    const paragraphAboutApplications = APPLICATION.test(p.text);
    for (const s of sentences(p.text)) readSentence(p, s, paragraphAboutApplications, out);
  }
  return out;
}

function readSentence(p: ProseParagraph, s: Span, paragraphApp: boolean, out: Claim[]): void {
  const text = p.text;
  const sentence = text.slice(s.start, s.end);
  const aboutDisclosure = p.section === 4 || /信息公开|依申请/.test(sentence);
  const sentenceApp = (APPLICATION.test(sentence) || (paragraphApp && p.section !== 2) || p.section === 3) && !/主动公开/.test(sentence);
  const appContext = sentenceApp && !NOT_APPLICATION.test(sentence);
  const hasReview = /复议/.test(sentence);
  const hasLitigation = /诉讼|起诉/.test(sentence);
  // Phrases: 均获维持, 均已审结, 均已办结.
  if (aboutDisclosure && (hasReview || hasLitigation)) {
    for (const [re, kind] of [[UPHELD, 'allUpheld'], [CLOSED, 'allClosed']] as const) {
      const m = re.exec(sentence);
      if (m) out.push(phrase(p, s.start + m.index, m[0], kind, sentence, groupsBefore(sentence.slice(0, m.index), hasReview, hasLitigation)));
    }
  } else if (appContext) {
    const m = ALL_CONCLUDED.exec(sentence);
    // `上年结转的申请均已办结` is true however many are carried over to next year.
    if (m && !/结转|上年|去年/.test(sentence)) out.push(phrase(p, s.start + m.index, m[0], 'allConcluded', sentence));
  }
  let lastResult: Claim | null = null;
  // After `规范性文件` in the sentence, `废止33件，现行有效440件` still speak of them.
  const normative = { seen: false };
  for (const c of clauses(text, s)) {
    const tokens = findNumbers(text.slice(c.start, c.end));
    let labelStart = c.start;
    for (const t of tokens) {
      const token: NumberToken = { ...t, start: t.start + c.start, end: t.end + c.start, unitEnd: t.unitEnd + c.start };
      const label = text.slice(labelStart, token.start);
      const claim = classify(p, token, label, labelStart, { appContext, aboutDisclosure, normative: normative.seen });
      if (/规范性文件/.test(label)) normative.seen = true;
      if (token.unit === '%') {
        if (CHANGE.test(label)) continue;
        if (SHARE_LABEL.test(label) && lastResult && !lastResult.share) {
          lastResult.share = { value: token.value, start: token.start, end: token.unitEnd, approximate: token.approximate };
        } else if (claim) out.push(claim);
        labelStart = token.unitEnd;
        continue;
      }
      labelStart = token.unitEnd;
      if (!claim) continue;
      out.push(claim);
      if (claim.kind === 'result') lastResult = claim;
    }
    if (text.slice(c.start, c.end).includes('规范性文件')) normative.seen = true;
  }
}

/**
 * Which 表四 groups a phrase such as 均获维持 speaks of: the case word nearest before it, and the other
 * one only when it is in the same clause (`行政复议和行政诉讼案件均获维持`); in
 * `行政复议2件均获维持，行政诉讼1件尚未审结` only 行政复议. Without a case word before it, all named in the sentence.
 */
function groupsBefore(prefix: string, hasReview: boolean, hasLitigation: boolean): ('review' | 'litigation')[] {
  const review = prefix.lastIndexOf('复议');
  const litigation = Math.max(prefix.lastIndexOf('诉讼'), prefix.lastIndexOf('起诉'));
  if (review < 0 && litigation < 0) return [...(hasReview ? ['review' as const] : []), ...(hasLitigation ? ['litigation' as const] : [])];
  const near = review > litigation ? 'review' : 'litigation';
  const far = Math.min(review, litigation);
  const sameClause = far >= 0 && !/[，,；;。]/.test(prefix.slice(far, Math.max(review, litigation)));
  return sameClause ? ['review', 'litigation'] : [near];
}

function phrase(p: ProseParagraph, start: number, matched: string, kind: ClaimKind, sentence: string, groups?: Claim['groups']): Claim {
  return {
    kind,
    paragraph: p,
    start,
    end: start + matched.length,
    quote: sentence.trim(),
    value: null,
    approximate: false,
    ...(groups ? { groups } : {}),
  };
}

interface Context {
  appContext: boolean;
  aboutDisclosure: boolean;
  /** The sentence named 规范性文件 before this clause. */
  normative: boolean;
}

function classify(p: ProseParagraph, t: NumberToken, label: string, labelStart: number, ctx: Context): Claim | null {
  const quoteStart = labelStart + (label.length - label.trimStart().length);
  const base = {
    paragraph: p,
    start: t.start,
    end: t.unitEnd,
    quote: p.text.slice(quoteStart, t.unitEnd).replace(/\s+/g, ' ').trim(),
    value: t.value,
    approximate: t.approximate,
  };
  const make = (kind: ClaimKind, extra: Partial<Claim> = {}): Claim => ({ kind, ...base, ...extra });
  if (t.unit === '%') {
    if (ctx.appContext && /办结率(为|达|达到|是)?\s*$/.test(label) && t.value === 100 && !/结转/.test(p.text)) return make('fullCompletion');
    const cat = SHARE_CATEGORY.exec(label);
    if (ctx.appContext && cat) {
      const category = CATEGORY.find(([re]) => re.test(cat[0]))?.[1];
      return category ? make('share', { category }) : null;
    }
    return null;
  }
  // 表四: 行政复议 N 件, 行政诉讼 N 起.
  if (ctx.aboutDisclosure && CASE_UNITS.test(t.unit)) {
    const review = /复议/.test(label);
    const litigation = /诉讼|起诉/.test(label);
    if (review !== litigation && !/各|分别|共计.*和|及/.test(label.slice(-4))) {
      const last = Math.max(label.lastIndexOf('复议'), label.lastIndexOf('诉讼'));
      // The case word must be close to the number (`行政复议36起`, `行政复议案件1件`).
      if (label.length - last <= 8) return make(review ? 'review' : 'litigation');
    }
    if (review || litigation) return null;
  }
  if (/规范性文件/.test(label) && /[件个份项]/.test(t.unit)) {
    if (IN_FORCE.test(label)) return make('normative', { normative: 'inForce' });
    if (REPEALED.test(label)) return make('normative', { normative: 'repealed' });
    if (ISSUED.test(label)) return make('normative', { normative: 'issued' });
    return null;
  }
  if (ctx.normative && /[件个份项]/.test(t.unit) && label.trim().length <= 10) {
    if (/现行有效(的)?(共|为|有|计)?\s*$/.test(label)) return make('normative', { normative: 'inForce' });
    if (/废止(了)?(共|为|计)?\s*$/.test(label)) return make('normative', { normative: 'repealed' });
    if (/(制发|印发|出台|制定)(了)?(共|为|计)?\s*$/.test(label)) return make('normative', { normative: 'issued' });
  }
  if (!ctx.appContext || !APPLICATION_UNITS.test(t.unit) || /复议|诉讼|起诉/.test(label)) return null;
  if (CARRY_OVER.test(label)) return make('carryOver');
  if (CARRIED_IN.test(label)) return make('carriedIn');
  const cat = CATEGORY_END.exec(label);
  // `予以公开和部分公开共100件` names two categories at once: not one row's figure.
  if (cat && (label.match(CATEGORY_WORDS) ?? []).length > 1) return null;
  if (cat) {
    const category = CATEGORY.find(([re]) => re.test(cat[0]))?.[1];
    return category ? make('result', { category }) : null;
  }
  const applicant = APPLICANT_END.exec(label);
  if (applicant) {
    const id = APPLICANT_ID.find(([re]) => re.test(applicant[1]!))?.[1];
    return id ? make('applicant', { applicant: id }) : null;
  }
  if (CONCLUDED_END.test(label) && !/收到|受理/.test(label)) return make('concluded');
  if (!APPLICATION_END.test(label)) return null;
  if (RECEIVED.test(label)) return make('received');
  if (HANDLED.test(label)) return make('handled');
  return null;
}
