import { calendarDateInParis, conflict, type Decider, type EventsOrRefusal, fail, ok } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import type { DecisionInput } from '../shared/decision';
import type { JuryDeciderDependencies } from '../shared/dependencies';
import type { CandidateFileCommand } from './candidate-file.command';
import { evolveCandidateFile } from './candidate-file.evolve';
import { type CandidateFileState, initialCandidateFileState } from './candidate-file.state';
import { decideCloseCapitalisationWindow } from './close-capitalisation-window/decide-close-capitalisation-window';
import type { CandidateFileEvent } from './events/candidate-file-event-catalogue';
import { decideRecordAdmissibility } from './record-admissibility/decide-record-admissibility';
import { decideRecordAward } from './record-award/decide-record-award';
import { decideRecordCandidateHome } from './record-candidate-home/decide-record-candidate-home';
import { decideRecordEvidence } from './record-evidence/decide-record-evidence';
import { decideRecordEvidenceStatus } from './record-evidence-status/decide-record-evidence-status';
import { decideRecordPathway } from './record-pathway/decide-record-pathway';
import { decideRecordPathwayWithdrawal } from './record-pathway-withdrawal/decide-record-pathway-withdrawal';
import { decideRecordRectifiedAward } from './record-rectified-award/decide-record-rectified-award';
import { decideRecordTrainers } from './record-trainers/decide-record-trainers';
import { decideRecordCapitalisationWindowClosure } from './record-capitalisation-window-closure/decide-record-capitalisation-window-closure';

export type CandidateFileDecider = Decider<CandidateFileState, CandidateFileCommand, CandidateFileEvent>;

const decideCommand = (command: CandidateFileCommand, state: CandidateFileState, input: DecisionInput): EventsOrRefusal<CandidateFileEvent> => {
  switch (command.type) {
    case 'RecordCandidateHome':
      return decideRecordCandidateHome(command, state, input);
    case 'RecordPathway':
      return decideRecordPathway(command, state, input);
    case 'RecordPathwayWithdrawal':
      return decideRecordPathwayWithdrawal(command, state, input);
    case 'RecordAdmissibility':
      return decideRecordAdmissibility(command, state, input);
    case 'RecordEvidenceStatus':
      return decideRecordEvidenceStatus(command, state, input);
    case 'RecordEvidence':
      return decideRecordEvidence(command, state, input);
    case 'RecordTrainers':
      return decideRecordTrainers(command, state, input);
    case 'RecordAward':
      return decideRecordAward(command, state, input);
    case 'RecordRectifiedAward':
      return decideRecordRectifiedAward(command, state, input);
    case 'RecordCapitalisationWindowClosure':
      return decideRecordCapitalisationWindowClosure(command, state, input);
    case 'CloseCapitalisationWindow':
      return decideCloseCapitalisationWindow(command, state, input);
    default: {
      const unexpected: never = command;
      throw new Error(`unknown candidate file command ${JSON.stringify(unexpected)}`);
    }
  }
};

/**
 * The jury's file of one candidate, fed by what the registries, evaluations and juries of every
 * region published. Kafka delivers at least once and a refused consumed command is dead-lettered,
 * so the file is lenient: an event already consumed (its source id), a duplicate or a stale fact
 * decides nothing. Only a command sent to another candidate's stream is refused: that is the
 * app's mistake, not a fact. Dated by `context.now` read as a Europe/Paris day.
 */
export const createCandidateFileDecider = (dependencies: JuryDeciderDependencies): CandidateFileDecider => ({
  initialState: initialCandidateFileState,
  evolve: evolveCandidateFile,
  decide: (command, state, context) => {
    const { data } = command;
    if (state.candidateId !== null && state.candidateId !== data.candidateId) {
      return fail(conflict(`command for candidate ${data.candidateId} was sent to the jury file of candidate ${state.candidateId}`));
    }
    if ('source' in data && state.sourceEventIds.includes(data.source.eventId)) return ok([]);
    return decideCommand(command, state, { today: calendarDateInParis(context.now), dependencies });
  },
});

/** The decider over the shipped titles and rulebooks. */
export const candidateFileDecider: CandidateFileDecider = createCandidateFileDecider({ referential, rulebooks });
