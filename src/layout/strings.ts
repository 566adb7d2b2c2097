/** User-visible texts of the layout (Chinese). */

/** The draft mark, in the page and on every printed page. */
export const DRAFT_TEXT = '草稿：未通过校验';
/** The PDF link of the standalone page. */
export const PDF_LINK_TEXT = '下载本报告PDF版';
/** Label of the download navigation. */
export const DOWNLOADS_LABEL = '下载';
