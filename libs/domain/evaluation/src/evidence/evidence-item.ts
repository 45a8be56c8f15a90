import { practiceDossierFor, type RulebookWording } from '@titrepro/domain-rulebook';

/** One piece of evidence the jury needs, under a stable key (`ecf:CCP2`, `dspp:CCP1`, `practical-assessment:title-synthesis`, `ccp-pair:CCP3`). */
export interface EvidenceItem {
  readonly key: string;
  readonly fr: string;
  /** e.g. `ECF for CCP2`. */
  readonly en: string;
}

export const ecfItem = (ccpCode: string): EvidenceItem => ({ key: `ecf:${ccpCode}`, fr: `ECF pour ${ccpCode}`, en: `ECF for ${ccpCode}` });

/** The candidate's dossier for one activité type, named as the regime names it (DSPP, then dossier professionnel); the key stays `dspp:`. */
export const dsppItem = (ccpCode: string, wording: RulebookWording): EvidenceItem => ({ key: `dspp:${ccpCode}`, ...practiceDossierFor(wording, ccpCode) });

export const titleSynthesisItem: EvidenceItem = {
  key: 'practical-assessment:title-synthesis',
  fr: 'Épreuve de synthèse (mise en situation professionnelle sur le titre)',
  en: 'Épreuve de synthèse (practical assessment of the title)',
};

export const ccpPracticalAssessmentItem = (ccpCode: string): EvidenceItem => ({
  key: `practical-assessment:${ccpCode}`,
  fr: `Mise en situation professionnelle pour ${ccpCode}`,
  en: `Practical assessment for ${ccpCode}`,
});

export const ccpPairItem = (ccpCode: string): EvidenceItem => ({
  key: `ccp-pair:${ccpCode}`,
  fr: `Évaluation de ${ccpCode} par le binôme d'évaluateurs`,
  en: `Assessment of ${ccpCode} by the assessor pair`,
});
