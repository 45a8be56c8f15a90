import type { Explanation } from '@titrepro/domain-kernel';
import type { AssessorKind, AssignmentScope, PracticalAssessmentTarget } from './assessor-facts';

// How descriptions name the domain's things: from codes and ids only.

export const ASSESSOR_KIND_LABELS: Readonly<Record<AssessorKind, Explanation>> = {
  professional: { fr: 'professionnel', en: 'professional' },
  trainer: { fr: 'formateur', en: 'trainer' },
};

export const targetLabel = (target: PracticalAssessmentTarget): Explanation => {
  switch (target.kind) {
    case 'title-synthesis':
      return { fr: 'épreuve de synthèse du titre', en: 'title synthesis' };
    case 'ccp':
      return { fr: target.ccpCode, en: target.ccpCode };
    case 'ccs':
      return { fr: `CCS ${target.ccsCode}`, en: `CCS ${target.ccsCode}` };
    default: {
      const unexpected: never = target;
      throw new Error(`unknown target ${JSON.stringify(unexpected)}`);
    }
  }
};

export const scopeLabel = (scope: AssignmentScope): Explanation => {
  switch (scope.kind) {
    case 'ecf':
      return { fr: `ECF de ${scope.ccpCode}`, en: `ECF of ${scope.ccpCode}` };
    case 'practical-assessment':
      return { fr: `mise en situation ${scope.assessmentId}`, en: `practical assessment ${scope.assessmentId}` };
    case 'ccp-evaluation':
      return { fr: `évaluation en binôme de ${scope.ccpCode}`, en: `pair evaluation of ${scope.ccpCode}` };
    default: {
      const unexpected: never = scope;
      throw new Error(`unknown scope ${JSON.stringify(unexpected)}`);
    }
  }
};

export const PASS_FAIL_LABELS: Readonly<Record<'passed' | 'failed', Explanation>> = {
  passed: { fr: 'réussi', en: 'passed' },
  failed: { fr: 'non réussi', en: 'failed' },
};
