import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';

export const juryProfessionalsRule: RuleDefinition<'JURY-PROFESSIONALS'> = {
  id: 'JURY-PROFESSIONALS',
  statement: {
    fr: "Le jury est composé de professionnels, qui ne sont pas des formateurs du candidat et n'ont pas déclaré de conflit d'intérêts avec lui.",
    en: 'The jury is made of professionals who are not trainers of the candidate and declared no conflict of interest with them.',
  },
  evaluate: ({ members }) => {
    if (members.length === 0) return fails("Le jury n'a aucun membre.", 'The jury has no member.');
    const ids = members.map((member) => member.personId);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    if (repeated.length > 0) {
      return fails(`Membre(s) compté(s) deux fois : ${repeated.join(', ')}.`, `Member(s) counted twice: ${repeated.join(', ')}.`);
    }
    const notProfessionals = members.filter((member) => !member.professional).map((member) => member.personId);
    if (notProfessionals.length > 0) {
      return fails(
        `Membre(s) qui ne sont pas des professionnels : ${notProfessionals.join(', ')}.`,
        `Member(s) who are not professionals: ${notProfessionals.join(', ')}.`,
      );
    }
    const trainers = members.filter((member) => member.trainerOfCandidate).map((member) => member.personId);
    if (trainers.length > 0) {
      return fails(
        `Membre(s) ayant formé le candidat : ${trainers.join(', ')}.`,
        `Member(s) who trained the candidate: ${trainers.join(', ')}.`,
      );
    }
    const conflicted = members.filter((member) => member.declaredConflict === true).map((member) => member.personId);
    if (conflicted.length > 0) {
      return fails(
        `Membre(s) ayant déclaré un conflit d'intérêts avec le candidat : ${conflicted.join(', ')}.`,
        `Member(s) who declared a conflict of interest with the candidate: ${conflicted.join(', ')}.`,
      );
    }
    return passes(
      `Jury de ${members.length} professionnel(s), aucun n'a formé le candidat.`,
      `Jury of ${members.length} professional(s), none of whom trained the candidate.`,
    );
  },
};
