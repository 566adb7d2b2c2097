/** 01-003/004/005: every painting operator is tagged content or an Artifact, and the two never nest. */
import { fail, outcome } from './checks.js';
import { scanPage, type PageMarkedContent } from './marked-content.js';
import type { PdfFile } from './pdf-objects.js';
import type { VerifyItem } from './types.js';

export function scanPages(pdf: PdfFile): PageMarkedContent[] {
  return pdf.pages.map((page) => scanPage(pdf.ctx, page.dict));
}

export function contentChecks(scans: readonly PageMarkedContent[]): VerifyItem[] {
  const untagged: VerifyItem[] = [];
  const artifactInTagged: VerifyItem[] = [];
  const taggedInArtifact: VerifyItem[] = [];
  scans.forEach((scan, index) => {
    const page = index + 1;
    if (scan.untagged > 0) {
      untagged.push(
        fail(
          'untagged-content',
          {
            zh: `第 ${page} 页有 ${scan.untagged} 个绘制操作既未标记也不是 Artifact`,
            en: `page ${page}: ${scan.untagged} painting operators are neither tagged nor an Artifact`,
          },
          `page ${page}, first: ${scan.untaggedExamples.join(', ')}`,
        ),
      );
    }
    if (scan.unbalanced > 0) {
      untagged.push(
        fail(
          'untagged-content',
          { zh: `第 ${page} 页标记内容的 BDC/EMC 不配对`, en: `page ${page}: unbalanced BMC/BDC/EMC` },
          `page ${page}, ${scan.unbalanced} unmatched`,
        ),
      );
    }
    if (scan.undecodable > 0) {
      untagged.push(
        fail(
          'untagged-content',
          { zh: `第 ${page} 页有 ${scan.undecodable} 个内容流无法解码，无法检查`, en: `page ${page}: ${scan.undecodable} content streams cannot be decoded, so cannot be checked` },
          `page ${page}`,
        ),
      );
    }
    if (scan.artifactInTagged > 0) {
      artifactInTagged.push(
        fail(
          'artifact-in-tagged',
          { zh: `第 ${page} 页有 ${scan.artifactInTagged} 处 Artifact 位于标签内容中`, en: `page ${page}: ${scan.artifactInTagged} Artifacts inside tagged content` },
          `page ${page}`,
        ),
      );
    }
    if (scan.taggedInArtifact > 0) {
      taggedInArtifact.push(
        fail(
          'tagged-in-artifact',
          { zh: `第 ${page} 页有 ${scan.taggedInArtifact} 处标签内容位于 Artifact 中`, en: `page ${page}: ${scan.taggedInArtifact} tagged sequences inside an Artifact` },
          `page ${page}`,
        ),
      );
    }
  });
  return [
    ...outcome('artifact-in-tagged', artifactInTagged),
    ...outcome('tagged-in-artifact', taggedInArtifact),
    ...outcome('untagged-content', untagged),
  ];
}
