import { PdfOnDisk, requirePoppler } from '@titrepro/documents-pdf/testing';
import { AUDIT_ATTACHMENT, renderAuditPdf, type AuditFile } from '@titrepro/audit';

const generatedAt = '2026-03-02T09:30:00.000Z';
const candidateId = '0b7e6a4e-3f1c-4d2a-9c1e-6a1f2b3c4d5e';
const flagged = {
  service: 'jury' as const,
  region: 'bre',
  streamId: 'jurysession-s-1',
  revision: 7,
  eventId: 'e-7',
  type: 'DeliberationRecorded',
  occurredAt: '2026-02-20T10:00:00.000Z',
  rulebookId: 'seed-2009',
  status: 'flagged' as const,
  rederived: ['TITLE-BY-CAPITALISATION'],
  rerun: ['TITLE-BY-CAPITALISATION'],
  unchecked: [],
  flags: [
    {
      kind: 'rule-refuses' as const,
      ruleId: 'TITLE-BY-CAPITALISATION',
      subject: candidateId,
      message: { fr: 'Sur les faits des flux cités, TITLE-BY-CAPITALISATION refuse cette décision : CCP1 manque.', en: 'On the facts of the cited streams, TITLE-BY-CAPITALISATION refuses this decision: CCP1 is missing.' },
      recorded: { outcome: 'title-awarded' },
      rederived: null,
    },
  ],
};

/** An audit file with one flagged decision and one broken link: what the PDF must not let a reader miss. */
const aFile = (): AuditFile => ({
  candidateId,
  generatedAt,
  history: {
    candidateId,
    asOf: null,
    generatedAt,
    sources: [{ region: 'bre', service: 'jury', read: true, error: null, events: 12 }],
    entries: [],
    state: { homeRegion: 'bre', pathways: [], held: [], documents: [], decisions: 1 },
  },
  replay: { candidateId, generatedAt, decisions: [flagged], flagged: 1, ok: false, elapsedMs: 12 },
  verification: {
    generatedAt,
    filter: { region: null, service: null },
    stores: [{ region: 'bre', service: 'jury', read: true, error: null, streams: 3, events: 12, elapsedMs: 4, eventsPerSecond: 3000, broken: [] }],
    brokenLinks: [{ region: 'bre', service: 'jury', streamId: 'jurysession-s-1', revision: 8, reason: 'hash does not match the event' }],
    seals: { checked: 1, problems: [] },
    awards: { checked: 1, problems: [] },
    events: 12,
    elapsedMs: 4,
    eventsPerSecond: 3000,
    ok: false,
  },
});

/**
 * `audit export --format pdf`: the audit file as the parchemins are rendered (@titrepro/documents-pdf's
 * PDF/A-3b profile, tagged, its fonts embedded), with the JSON it renders attached as its data.
 */
describe('the audit file as PDF/A (poppler reads it back)', () => {
  let pdf: PdfOnDisk;

  beforeAll(async () => {
    requirePoppler();
    pdf = new PdfOnDisk(await renderAuditPdf(aFile()));
  });

  afterAll(() => pdf?.dispose());

  it('is a tagged PDF 1.7 whose XMP declares PDF/A-3b, titled with the candidate and dated when it was made', () => {
    const info = pdf.run('pdfinfo', '-isodates', pdf.path);
    expect(info).toMatch(/^PDF version: +1\.7$/m);
    expect(info).toMatch(/^Tagged: +yes$/m);
    expect(info).toMatch(new RegExp(`^Title: +Dossier d'audit du candidat ${candidateId}$`, 'm'));
    expect(info).toMatch(/^CreationDate: +2026-03-02T09:30:00Z$/m);
    const xmp = pdf.run('pdfinfo', '-meta', pdf.path);
    expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
  });

  it('embeds its fonts (the parchemins’ DejaVu Sans), as PDF/A requires', () => {
    const rows = pdf.run('pdffonts', pdf.path).trim().split('\n').slice(2).map((line) => line.split(/\s+/));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map(([name]) => name?.replace(/^[A-Z]{6}\+/, '')))).toEqual(new Set(['DejaVuSans', 'DejaVuSans-Bold']));
    expect(rows.every((row) => row[4] === 'yes')).toBe(true);
  });

  it('writes the broken link and the flagged decision with the rule it breaks, in French', () => {
    const text = pdf.flatText();
    expect(text).toContain('RUPTURES CONSTATÉES');
    expect(text).toContain('RUPTURE jury (bre) flux jurysession-s-1 révision 8');
    expect(text).toContain('1 signalée(s)');
    expect(text).toContain('SIGNALÉE');
    expect(text).toContain('rule-refuses TITLE-BY-CAPITALISATION : Sur les faits des flux cités');
    expect(text).toContain('CCP1 manque');
  });

  it('attaches the audit file it renders, as JSON, byte for byte readable again', () => {
    expect(AUDIT_ATTACHMENT).toEqual({ name: 'audit.json', mediaType: 'application/json' });
    expect(JSON.parse(pdf.attachment().toString('utf8'))).toEqual(aFile());
  });
});
