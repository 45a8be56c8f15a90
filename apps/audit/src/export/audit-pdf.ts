import type { AuditFile } from './audit-file';

/**
 * The audit file as PDF/A, with the parchemins' renderer once it is a lib (issue 19 moves it out of
 * document-issuance). Until then the PDF is refused rather than made with another renderer.
 */
export const renderAuditPdf = async (_file: AuditFile): Promise<Buffer> => {
  throw new Error('the PDF export needs the parchemins\' renderer as a lib (not landed yet); use --format json');
};
