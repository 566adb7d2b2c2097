/** Publication deadlines by agency kind (条例第四十九条, FORMAT.md §5). */
import type { DateValue, ReportModel } from '../../model/types.js';
import { date } from './dates.js';

export interface Deadline {
  /** Last allowed day. */
  last: DateValue;
  /** Chinese: why this deadline applies. */
  reason: string;
}

const KIND_NAMES = { department: '政府部门', government: '人民政府' } as const;

export function deadlineFor(model: ReportModel, year: number): Deadline {
  const kind = model.agencyKind;
  const how =
    model.agencyKindSource === 'front-matter'
      ? `front matter 中 kind 标明为${KIND_NAMES[kind]}`
      : model.agencyKindSource === 'agency-name'
        ? `按机构名称${model.agency ? `「${model.agency.value}」` : ''}判断为${KIND_NAMES[kind]}`
        : `未能判断机构类别，按${KIND_NAMES[kind]}处理`;
  const rule =
    kind === 'government'
      ? '本级人民政府的年度报告应于次年3月31日前公布'
      : '县级以上人民政府部门的年度报告应于次年1月31日前公布';
  return {
    last: kind === 'government' ? date(year + 1, 3, 31) : date(year + 1, 1, 31),
    reason: `${how}，${rule}（《政府信息公开条例》第四十九条）`,
  };
}
