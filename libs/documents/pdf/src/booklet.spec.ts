import { bookletAsOf, renderBooklet } from './booklet';
import { formatFrenchDate } from './french-date';
import { PdfInputError } from './pdf-input-error';
import { aBooklet, CREDENTIAL_JSON, ILE_DE_FRANCE, tsgeri } from './testing/documents';
import { PdfOnDisk, requirePoppler } from './testing/poppler';

describe('renderBooklet (rule BOOKLET, checked with poppler-utils)', () => {
  const input = aBooklet();
  let pdf: PdfOnDisk;

  beforeAll(async () => {
    requirePoppler();
    pdf = new PdfOnDisk(await renderBooklet(input));
  });
  afterAll(() => pdf?.dispose());

  it('lists CCP1 from Île-de-France, then CCP2 and CCP3 from Bretagne, each with its label, date and session', () => {
    const text = pdf.flatText();
    const label = (code: string) => tsgeri().ccps.find((ccp) => ccp.code === code)?.label;
    const rows = [
      `CCP1 ${label('CCP1')} 12 mars 2021 idf-2021-03-s1 Île-de-France`,
      `CCP2 ${label('CCP2')} 30 novembre 2022 bre-2022-11-s4 Bretagne`,
      `CCP3 ${label('CCP3')} 1er juin 2023 bre-2023-06-s2 Bretagne`,
    ];
    for (const row of rows) expect(text).toContain(row);
    const positions = rows.map((row) => text.indexOf(row));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toContain('Tous les CCP du titre sont acquis.');
  });

  it('names the title, the candidate and the issuing office, as of the latest CCP obtained', () => {
    const text = pdf.flatText();
    expect(text).toContain(`LIVRET DE CERTIFICATION Titre professionnel ${tsgeri().label} Code TP-00495 · Niveau 5`);
    expect(text).toContain('Hélène Lefèvre-Ørsted');
    expect(text).toContain('État au 1er juin 2023. Délivré par DREETS Île-de-France, région Île-de-France.');
  });

  it('carries the same QR code, credential, fonts and metadata as a parchemin', () => {
    expect(pdf.qrCodeText(150)).toBe(input.verificationUrl);
    expect(pdf.attachment().toString('utf8')).toBe(CREDENTIAL_JSON);
    const fonts = pdf.run('pdffonts', pdf.path);
    expect(fonts).toMatch(/\+DejaVuSans-Bold +CID TrueType +Identity-H +yes/);
    expect(fonts).toMatch(/\+DejaVuSans +CID TrueType +Identity-H +yes/);
    const info = pdf.run('pdfinfo', '-isodates', pdf.path);
    expect(info).toMatch(/^Title: +Livret de certification — titre professionnel TP-00495 TSGERI$/m);
    expect(info).toMatch(/^PDF version: +1\.7$/m);
    expect(info).toMatch(/^CreationDate: +2023-06-01T12:00:00Z$/m);
  });

  it('names the CCPs still to obtain while the title is incomplete', async () => {
    const partial = new PdfOnDisk(
      await renderBooklet(aBooklet({ ccps: [{ ccpCode: 'CCP1', obtainedOn: '2021-03-12', sessionId: 'idf-2021-03-s1', region: ILE_DE_FRANCE }] })),
    );
    try {
      const text = partial.flatText();
      expect(text).toContain(`CCP1 ${tsgeri().ccps[0]?.label} ${formatFrenchDate('2021-03-12')} idf-2021-03-s1 Île-de-France`);
      expect(text).not.toContain('CCP2 EXPLOITER');
      expect(text).toContain('CCP restants à obtenir pour le titre : CCP2, CCP3.');
    } finally {
      partial.dispose();
    }
  });
});

describe('renderBooklet input checks', () => {
  it('refuses a CCP the title does not have, a CCP listed twice and an empty session', async () => {
    const [first] = aBooklet().ccps;
    if (!first) throw new Error('fixture has no CCP');
    await expect(
      renderBooklet(aBooklet({ ccps: [first, first, { ...first, ccpCode: 'CCP7' }, { ...first, ccpCode: 'CCP2', sessionId: '' }] })),
    ).rejects.toMatchObject({
      problems: ['CCP3 is listed twice', 'title TP-00495 has no CCP7', 'CCP2: sessionId is empty'],
    });
  });

  it('refuses a livret without any CCP', async () => {
    await expect(renderBooklet(aBooklet({ ccps: [] }))).rejects.toThrow(new PdfInputError(['a livret records at least one CCP held']));
  });

  it('dates the livret from its latest CCP, whatever their order', () => {
    expect(bookletAsOf(aBooklet().ccps)).toBe('2023-06-01');
  });
});
