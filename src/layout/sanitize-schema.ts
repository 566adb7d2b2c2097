/**
 * What survives of the Markdown's own content (GitHub-style schema, tightened).
 * Applied to the tree built from the Markdown *before* the official layout adds its trusted
 * structure (ids, headers, classes), so nothing typed in the Markdown can forge those.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

const without = (list: readonly string[] | null | undefined, drop: readonly string[]) => (list ?? []).filter((t) => !drop.includes(t));

export const userContentSchema: Schema = {
  ...defaultSchema,
  // Form controls, disclosure widgets and responsive-image sources have no place in a report.
  tagNames: [...without(defaultSchema.tagNames, ['input', 'details', 'summary', 'picture', 'source']), 'u', 'mark', 'small', 'abbr'],
  attributes: {
    ...defaultSchema.attributes,
    // Only what the HTML needs for meaning: no style, no class, no event handlers.
    img: ['alt', 'src', 'title'],
    abbr: ['title'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    // An empty list would allow every protocol: images are limited to relative paths after
    // sanitising instead (markdown-to-hast.ts, dropRemoteImages).
    src: ['http', 'https'],
    longDesc: ['http', 'https'],
    cite: ['http', 'https'],
  },
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'textarea', 'title', 'svg', 'math'],
};
