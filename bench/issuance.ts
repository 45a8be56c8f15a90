/**
 * `npm run bench -- issuance`: what producing a parchemin costs the issuance service, step by step:
 * signing its Open Badges credential (eddsa-rdfc-2022: JSON-LD canonicalisation, Ed25519), rendering
 * the PDF/A-3 (fonts, QR code, attachment), and verifying the credential as `POST /verify` does
 * (proof and status list). Its figures go to bench/results/issuance.json.
 *
 * Settings: BENCH_ISSUANCE_DOCUMENTS (30).
 */
import { findTitle } from '@titrepro/domain-referential';
import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import { emptyStatusList, IssuerRegistry, issueCredential, signStatusListCredential, verifyCredential } from '@titrepro/credentials';
import { renderParchment } from '@titrepro/documents-pdf';
import { percentile, timed } from './timing';

const documents = Number(process.env['BENCH_ISSUANCE_DOCUMENTS'] ?? 30);

export const runIssuanceBench = async () => {
  const title = findTitle('TP-00495');
  if (!title) throw new Error('no TSGERI');
  const seed = new Uint8Array(createHash('sha256').update('titrepro bench issuer').digest());
  const issuers = await IssuerRegistry.create({ host: 'titres.example.fr', regions: new Map([['idf', { name: 'DREETS Île-de-France', keys: [{ id: 'key-1', seed }] }]]) });
  const url = issuers.statusListUrl('idf', 0);
  const statusList = await signStatusListCredential(issuers, { region: 'idf', url, encodedList: await emptyStatusList() });
  const timings: Record<string, number[]> = { sign: [], 'render PDF': [], verify: [] };
  let pdfBytes = 0;
  for (let index = 0; index < documents; index += 1) {
    const [issued, signing] = await timed(() =>
      issueCredential(issuers, { region: 'idf', award: { kind: 'title', title }, holderName: `Hélène Lefèvre ${index}`, decisionDate: '2026-11-20', status: { list: 0, index } }),
    );
    const [pdf, rendering] = await timed(() =>
      renderParchment({
        title,
        candidateName: `Hélène Lefèvre ${index}`,
        region: { code: 'idf', name: 'Île-de-France' },
        issuingOffice: 'DREETS Île-de-France',
        verificationUrl: `https://titres.example.fr/documents/${index}/verification`,
        credentialJson: JSON.stringify(issued.credential, null, 2),
        award: { kind: 'title' },
        decisionDate: '2026-11-20',
      }),
    );
    const [report, verifying] = await timed(() => verifyCredential(issuers, issued.credential, { statusListCredentialAt: async () => statusList }));
    if (report.outcome !== 'valid') throw new Error(`the bench credential did not verify: ${report.reasons.join('; ')}`);
    pdfBytes = pdf.length;
    timings['sign']?.push(signing);
    timings['render PDF']?.push(rendering);
    timings['verify']?.push(verifying);
  }
  const ms = (value: number) => Math.round(value * 10) / 10;
  const steps = Object.entries(timings).map(([step, values]) => ({ step, p50Ms: ms(percentile(values, 50)), p95Ms: ms(percentile(values, 95)), firstMs: ms(values[0] ?? 0) }));
  const results = { documents, pdfKiB: Math.round(pdfBytes / 1024), machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version }, steps };
  console.table(steps);
  console.log(`parchemin PDF: ${results.pdfKiB} KiB`);
  return results;
};
