/** Finding last year's report of the same agency among the other reports checked in the same run. */
import type { ReportModel } from '../../model/types.js';

/** Agency names compared without spaces, so a line-broken title still matches. */
const agencyKey = (name: string) => name.replace(/\s+/gu, '');

export function previousReport(model: ReportModel, others: readonly ReportModel[] | undefined): ReportModel | undefined {
  if (!model.year || !model.agency || !others) return undefined;
  const year = model.year.value - 1;
  const agency = agencyKey(model.agency.value);
  return others.find((o) => o.year?.value === year && o.agency !== null && agencyKey(o.agency.value) === agency);
}
