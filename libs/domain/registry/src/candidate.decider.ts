import { calendarDateInParis, type Decider } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import type { CandidateCommand } from './candidate.command';
import { evolveCandidate } from './candidate.evolve';
import { type CandidateState, initialCandidateState } from './candidate.state';
import { decideAcceptIncomingTransfer, decideRefuseIncomingTransfer } from './answer-incoming-transfer/decide-answer-incoming-transfer';
import { decideVaeAdmissibility } from './decide-vae-admissibility/decide-vae-admissibility';
import { decideEraseCandidatePersonalData } from './erase-candidate-personal-data/decide-erase-candidate-personal-data';
import type { CandidateEvent } from './events/candidate-event-catalogue';
import { decideIssueLinkCode, decideLinkCandidateSignIn } from './link-sign-in/decide-link-sign-in';
import { decideOpenIncomingTransfer } from './open-incoming-transfer/decide-open-incoming-transfer';
import { decideOpenPathway } from './open-pathway/decide-open-pathway';
import { decideReceiveCandidateFile } from './receive-candidate-file/decide-receive-candidate-file';
import { decideRecordHandover, decideRecordTransferRefusal } from './record-transfer-answer/decide-record-transfer-answer';
import { decideRegisterCandidate } from './register-candidate/decide-register-candidate';
import { decideRequestVaeAdmissibility } from './request-vae-admissibility/decide-request-vae-admissibility';
import type { CandidateDeciderDependencies } from './shared/dependencies';
import { decideTransferRegion } from './transfer-region/decide-transfer-region';
import { decideWithdrawPathway } from './withdraw-pathway/decide-withdraw-pathway';

export type CandidateDecider = Decider<CandidateState, CandidateCommand, CandidateEvent>;

/**
 * The candidate aggregate. Decisions are dated by `context.now` read as a Europe/Paris day; the
 * rulebook in force on that day decides. Titles and rulebooks are passed in so that an audit can
 * re-run a decision against the data of its time, and specs against their own.
 */
export const createCandidateDecider = (dependencies: CandidateDeciderDependencies): CandidateDecider => ({
  initialState: initialCandidateState,
  evolve: evolveCandidate,
  decide: (command, state, context) => {
    const input = { on: calendarDateInParis(context.now), now: context.now, dependencies };
    switch (command.type) {
      case 'RegisterCandidate':
        return decideRegisterCandidate(command, state, input);
      case 'OpenPathway':
        return decideOpenPathway(command, state, input);
      case 'RequestVaeAdmissibility':
        return decideRequestVaeAdmissibility(command, state, input);
      case 'DecideVaeAdmissibility':
        return decideVaeAdmissibility(command, state, input);
      case 'WithdrawPathway':
        return decideWithdrawPathway(command, state, input);
      case 'TransferRegion':
        return decideTransferRegion(command, state, input);
      case 'OpenIncomingTransfer':
        return decideOpenIncomingTransfer(command, state);
      case 'AcceptIncomingTransfer':
        return decideAcceptIncomingTransfer(command, state, input);
      case 'RefuseIncomingTransfer':
        return decideRefuseIncomingTransfer(command, state, input);
      case 'RecordHandover':
        return decideRecordHandover(command, state, input);
      case 'RecordTransferRefusal':
        return decideRecordTransferRefusal(command, state, input);
      case 'ReceiveCandidateFile':
        return decideReceiveCandidateFile(command, state, input);
      case 'EraseCandidatePersonalData':
        return decideEraseCandidatePersonalData(command, state, input);
      case 'IssueLinkCode':
        return decideIssueLinkCode(command, state);
      case 'LinkCandidateSignIn':
        return decideLinkCandidateSignIn(command, state, input);
      default: {
        const unexpected: never = command;
        throw new Error(`unknown candidate command ${JSON.stringify(unexpected)}`);
      }
    }
  },
});

/** The decider over the shipped titles and rulebooks. */
export const candidateDecider: CandidateDecider = createCandidateDecider({ referential, rulebooks });
