import type { DomainError, Result } from '@titrepro/domain-kernel';
import { conflict, fail, ok, ruleViolation } from '@titrepro/domain-kernel';
import type { Rulebook } from '@titrepro/domain-rulebook';
import type { PathwayEvaluation } from '../evaluation.state';

/**
 * ECFs are evidence of the continuous-training pathway only (EVIDENCE-CONTINUOUS). For a VAE
 * candidate they are refused under EVIDENCE-VAE, the rule that leaves them out of the jury's file;
 * a discontinuous pathway's CCPs are judged by an assessor pair instead (CCP-PAIR).
 */
export const ecfPathway = (pathway: PathwayEvaluation, rulebook: Rulebook): Result<PathwayEvaluation, DomainError> => {
  switch (pathway.type) {
    case 'continuous-training':
      return ok(pathway);
    case 'vae': {
      const { statement } = rulebook.rules['EVIDENCE-VAE'];
      return fail(
        ruleViolation(rulebook.id, 'EVIDENCE-VAE', {
          fr: `Un candidat à la VAE n'a pas d'ECF (parcours ${pathway.pathwayId}). ${statement.fr}`,
          en: `A VAE candidate has no ECF (pathway ${pathway.pathwayId}). ${statement.en}`,
        }),
      );
    }
    case 'discontinuous-training':
      return fail(conflict(`pathway ${pathway.pathwayId} is a discontinuous-training pathway: its CCPs are assessed by a pair of assessors (CCP-PAIR), not by ECF`));
    default: {
      const unexpected: never = pathway.type;
      throw new Error(`unknown pathway type ${JSON.stringify(unexpected)}`);
    }
  }
};
