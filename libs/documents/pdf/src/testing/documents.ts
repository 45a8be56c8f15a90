import type { Title } from '@titrepro/domain-referential';
import { findTitle } from '@titrepro/domain-referential';
import type { BookletInput } from '../booklet';
import type { IssuedDocumentInput } from '../document-input';
import type { ParchmentInput } from '../parchment';

export const tsgeri = (): Title => {
  const title = findTitle('TP-00495');
  if (!title) throw new Error('the shipped referential lost TP-00495 (TSGERI)');
  return title;
};

/** ADVF: the shipped title with a CCS (CCS1, « accompagner la personne en situation de handicap vivant à domicile »). */
export const advf = (): Title => {
  const title = findTitle('TP-00366');
  if (!title || title.ccss.length === 0) throw new Error('the shipped referential lost TP-00366 (ADVF) or its CCS');
  return title;
};

export const ILE_DE_FRANCE = { code: 'idf', name: 'Île-de-France' } as const;
export const BRETAGNE = { code: 'bre', name: 'Bretagne' } as const;

/** A signed-looking credential, pretty-printed with non-ASCII text: it must come back byte for byte. */
export const CREDENTIAL_JSON = `${JSON.stringify(
  {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: 'did:web:idf.titrepro.example',
    validFrom: '2024-03-12T00:00:00Z',
    credentialSubject: { type: ['AchievementSubject'], achievement: { name: 'Technicien(ne) supérieur(e) — TSGERI' } },
    proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofValue: 'z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk9czhSePTFehP8c3PGfb6a22gkfUKods5D2UMfkVPxjhaQ' },
  },
  null,
  2,
)}\n`;

const common = (): IssuedDocumentInput => ({
  title: tsgeri(),
  candidateName: 'Hélène Lefèvre-Ørsted',
  region: ILE_DE_FRANCE,
  issuingOffice: 'DREETS Île-de-France',
  verificationUrl: 'https://idf.titrepro.example/verify/7f3c2a9e-5b1d-4e8a-9c0f-2d6b8e1a4c3f',
  credentialJson: CREDENTIAL_JSON,
  reference: '7f3c2a9e-5b1d-4e8a-9c0f-2d6b8e1a4c3f',
});

export const aParchment = (overrides: Partial<ParchmentInput> = {}): ParchmentInput => ({
  ...common(),
  award: { kind: 'title' },
  decisionDate: '2024-03-12',
  ...overrides,
});

/** CCP1 in Île-de-France, then CCP2 and CCP3 in Bretagne: capitalised across two regions. */
export const aBooklet = (overrides: Partial<BookletInput> = {}): BookletInput => ({
  ...common(),
  ccps: [
    { ccpCode: 'CCP3', obtainedOn: '2023-06-01', sessionId: 'bre-2023-06-s2', region: BRETAGNE },
    { ccpCode: 'CCP1', obtainedOn: '2021-03-12', sessionId: 'idf-2021-03-s1', region: ILE_DE_FRANCE },
    { ccpCode: 'CCP2', obtainedOn: '2022-11-30', sessionId: 'bre-2022-11-s4', region: BRETAGNE },
  ],
  ...overrides,
});
