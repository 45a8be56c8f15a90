import type { DomainError, Result } from '@titrepro/domain-kernel';
import { conflict, fail, invalidInput, ok } from '@titrepro/domain-kernel';
import type { Title } from '@titrepro/domain-referential';
import type { CompetenceOutcome, PracticalAssessmentTarget } from './assessor-facts';
import { ccpOf } from './guards';

/** The compétences a target covers, verbatim from the référentiel: the title synthesis covers every CCP's. */
export const competencesOf = (title: Title, target: PracticalAssessmentTarget): Result<readonly string[], DomainError> => {
  switch (target.kind) {
    case 'title-synthesis':
      return ok(title.ccps.flatMap((ccp) => ccp.competences));
    case 'ccp': {
      const ccp = ccpOf(title, target.ccpCode);
      return ccp.ok ? ok(ccp.value.competences) : ccp;
    }
    case 'ccs': {
      const ccs = title.ccss.find((each) => each.code === target.ccsCode);
      if (ccs) return ok(ccs.competences);
      const known = title.ccss.map((each) => each.code);
      return fail(conflict(`${target.ccsCode} is not a CCS of title ${title.code}; ${known.length > 0 ? `its CCSs are ${known.join(', ')}` : 'it has none'}`));
    }
    default: {
      const unexpected: never = target;
      throw new Error(`unknown target ${JSON.stringify(unexpected)}`);
    }
  }
};

/** How refusals name a target: `the title TP-00495`, `CCP2 of title TP-00495`. */
export const targetName = (titleCode: string, target: PracticalAssessmentTarget): string => {
  switch (target.kind) {
    case 'title-synthesis':
      return `the title ${titleCode}`;
    case 'ccp':
      return `${target.ccpCode} of title ${titleCode}`;
    case 'ccs':
      return `${target.ccsCode} of title ${titleCode}`;
    default: {
      const unexpected: never = target;
      throw new Error(`unknown target ${JSON.stringify(unexpected)}`);
    }
  }
};

/** The expected compétences as a refusal lists them: quoted, in the référentiel's order, to be copied verbatim. */
const quoted = (competences: readonly string[]): string => competences.map((competence) => `"${competence}"`).join(', ');

/**
 * A grid must list exactly the compétences expected, each once, verbatim: the first line that is
 * unknown or repeated is named by its index, else the first compétence left out is named. A line
 * that is not a compétence of the target is refused with the list of those that are, since the
 * strings must be repeated exactly and the assessor has no other way to see them in the refusal.
 */
export const checkGrid = (field: string, grid: readonly CompetenceOutcome[], expected: readonly string[], of: string): Result<readonly CompetenceOutcome[], DomainError> => {
  const seen = new Set<string>();
  for (const [index, line] of grid.entries()) {
    if (!expected.includes(line.competence)) {
      return fail(invalidInput(`${field}[${index}].competence`, `"${line.competence}" is not a compétence of ${of}; its compétences are ${quoted(expected)}`));
    }
    if (seen.has(line.competence)) return fail(invalidInput(`${field}[${index}].competence`, `"${line.competence}" appears twice`));
    seen.add(line.competence);
  }
  const missing = expected.filter((competence) => !seen.has(competence));
  if (missing.length > 0) {
    return fail(invalidInput(field, `must hold every compétence of ${of}; missing: ${quoted(missing)}`));
  }
  return ok(grid);
};
