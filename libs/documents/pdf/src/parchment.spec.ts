import { renderParchment } from './parchment';
import { PdfInputError } from './pdf-input-error';
import { advf, aParchment, CREDENTIAL_JSON, tsgeri } from './testing/documents';
import { PdfOnDisk, requirePoppler } from './testing/poppler';

describe('renderParchment (checked with poppler-utils)', () => {
  const input = aParchment();
  let pdf: PdfOnDisk;

  beforeAll(async () => {
    requirePoppler();
    pdf = new PdfOnDisk(await renderParchment(input));
  });
  afterAll(() => pdf?.dispose());

  it('prints a QR code that decodes to exactly the verification URL at 150 dpi', () => {
    expect(pdf.qrCodeText(150)).toBe(input.verificationUrl);
  });

  it('embeds the credential JSON, byte for byte, as credential.json', () => {
    expect(pdf.run('pdfdetach', '-list', pdf.path)).toMatch(/^1 embedded files?\n1: credential\.json$/m);
    expect(pdf.attachment().toString('utf8')).toBe(CREDENTIAL_JSON);
  });

  it('declares the credential as the data of the document (PDF/A-3 AFRelationship Data, JSON-LD media type)', async () => {
    // pdfkit writes dictionaries uncompressed; no poppler tool prints AFRelationship.
    const raw = (await renderParchment(input)).toString('latin1');
    expect(raw).toMatch(/\/Type \/Filespec\s*\/AFRelationship \/Data/);
    expect(raw).toContain('/Subtype /application#2Fld+json');
    expect(raw).toMatch(/\/AF \[\d+ 0 R\]/);
  });

  it('embeds DejaVu Sans regular and bold, and no other font', () => {
    const rows = pdf
      .run('pdffonts', pdf.path)
      .trim()
      .split('\n')
      .slice(2)
      .map((line) => line.split(/\s+/));
    expect(rows.map(([name]) => name?.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    // columns: name, type (2 words), encoding, emb, sub, uni, object, generation
    expect(rows.map((row) => row[4])).toEqual(['yes', 'yes']);
  });

  it('is a tagged PDF 1.7 whose XMP declares PDF/A-3b, titled and dated from the decision', () => {
    const info = pdf.run('pdfinfo', '-isodates', pdf.path);
    expect(info).toMatch(/^PDF version: +1\.7$/m);
    expect(info).toMatch(/^Title: +Parchemin — titre professionnel TP-00495 TSGERI$/m);
    expect(info).toMatch(/^Author: +DREETS Île-de-France$/m);
    expect(info).toMatch(/^Tagged: +yes$/m);
    expect(info).toMatch(/^CreationDate: +2024-03-12T12:00:00Z$/m);
    const xmp = pdf.run('pdfinfo', '-meta', pdf.path);
    expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
  });

  it("writes, in French, the candidate's accented name, the title from the referential, its code and level, the decision date and the issuer", () => {
    const text = pdf.flatText();
    const title = tsgeri();
    expect(text).toContain('Hélène Lefèvre-Ørsted');
    expect(title.label).toMatch(/^TECHNICIEN\(NE\) SUPÉRIEUR\(E\) /);
    expect(text).toContain(`TITRE PROFESSIONNEL ${title.label}`);
    // A 2024 decision: level III in the 2019 national framework's words, the DREETS as authority.
    expect(text).toContain('Code TP-00495 · Niveau 5');
    expect(text).toContain("Direction régionale de l'économie, de l'emploi, du travail et des solidarités (DREETS)");
    expect(text).toContain('sur décision du jury du 12 mars 2024');
    expect(text).toContain('Délivré par DREETS Île-de-France, région Île-de-France');
    expect(text).toContain(input.verificationUrl);
  });

  it('words a 2015 parchemin as its regime did: "Niveau III" and the DIRECCTE, the code unchanged', async () => {
    const old = new PdfOnDisk(await renderParchment(aParchment({ decisionDate: '2015-06-18' })));
    try {
      const text = old.flatText();
      expect(text).toContain('Code TP-00495 · Niveau III');
      expect(text).toContain('Unité territoriale de la DIRECCTE');
      expect(text).not.toContain('(DREETS)');
    } finally {
      old.dispose();
    }
  });

  it('words a parchemin of 2020 between the two changes: "Niveau 5" (décret 2019-14) and still the DIRECCTE (the DREETS from 2021-04-01)', async () => {
    const between = new PdfOnDisk(await renderParchment(aParchment({ decisionDate: '2020-10-15' })));
    try {
      const text = between.flatText();
      expect(text).toContain('Code TP-00495 · Niveau 5');
      expect(text).toContain('Unité territoriale de la DIRECCTE');
      expect(text).not.toContain('(DREETS)');
    } finally {
      between.dispose();
    }
  });

  it('keeps a long verification URL (over 250 characters) decodable at 150 dpi', async () => {
    const verificationUrl = `https://provence-alpes-cote-d-azur.titrepro.example/verify/${'a1b2c3d4e5'.repeat(20)}`;
    const long = new PdfOnDisk(await renderParchment(aParchment({ verificationUrl })));
    try {
      expect(verificationUrl.length).toBeGreaterThanOrEqual(250);
      expect(long.qrCodeText(150)).toBe(verificationUrl);
    } finally {
      long.dispose();
    }
  });

  it('gives the same bytes for the same input (no clock, no randomness)', async () => {
    const [first, second] = await Promise.all([renderParchment(input), renderParchment(input)]);
    expect(first.equals(second)).toBe(true);
  });
});

describe('renderParchment of a CCS (rule PARCHMENT: the title or a CCS, never a CCP)', () => {
  const withCcs = advf();

  beforeAll(requirePoppler);

  it('names the CCS and the title it belongs to', async () => {
    const pdf = new PdfOnDisk(await renderParchment(aParchment({ title: withCcs, award: { kind: 'ccs', ccsCode: 'CCS1' } })));
    try {
      const text = pdf.flatText();
      expect(text).toContain('CERTIFICAT COMPLÉMENTAIRE DE SPÉCIALISATION ACCOMPAGNER LA PERSONNE EN SITUATION DE HANDICAP VIVANT À DOMICILE (CCS1)');
      expect(text).toContain(`du titre professionnel ${withCcs.label}`);
      expect(pdf.run('pdfinfo', pdf.path)).toMatch(/^Title: +Parchemin — CCS CCS1 du titre TP-00366 ADVF$/m);
    } finally {
      pdf.dispose();
    }
  });

  it('refuses a CCS the title does not have', async () => {
    await expect(renderParchment(aParchment({ award: { kind: 'ccs', ccsCode: 'CCS9' } }))).rejects.toThrow(
      new PdfInputError(['title TP-00495 has no CCS CCS9']),
    );
  });
});

describe('renderParchment input checks', () => {
  it('refuses an empty name, a non-URL, a credential that is not JSON and a malformed date, listing each', async () => {
    const rendering = renderParchment(
      aParchment({ candidateName: ' ', verificationUrl: 'javascript:alert(1)', credentialJson: '{', decisionDate: '2024-02-30' }),
    );
    await expect(rendering).rejects.toBeInstanceOf(PdfInputError);
    await expect(rendering).rejects.toMatchObject({
      problems: [
        'candidateName is empty',
        'verificationUrl is not an http(s) URL: javascript:alert(1)',
        'credentialJson is not JSON',
        'decisionDate is not a calendar date: 2024-02-30',
      ],
    });
  });
});
