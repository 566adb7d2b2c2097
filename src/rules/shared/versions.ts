/** Names of the two official formats, for messages. */
import type { FormatVersion } from '../../formats/index.js';

export const VERSION_NAMES: Record<FormatVersion, string> = {
  '2019': '2019年试行版格式（国办公开办函〔2019〕60号）',
  '2021': '2021年修订版格式（国办公开办函〔2021〕30号）',
};
