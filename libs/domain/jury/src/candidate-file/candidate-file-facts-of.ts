import type { CandidateFileFacts } from '../shared/candidate-file-facts';
import type { CandidateFileState } from './candidate-file.state';

/** CandidateFileFacts whose lists are fresh arrays the caller owns (still a CandidateFileFacts). */
export type OwnedCandidateFileFacts = {
  readonly [Key in keyof CandidateFileFacts]: CandidateFileFacts[Key] extends readonly (infer Item)[] ? Item[] : CandidateFileFacts[Key];
};

/** Trainers first, then every assessor who recorded evidence, each once. */
const assessorIdsOf = (state: CandidateFileState): string[] => [...new Set([...state.trainerIds, ...state.evidenceRecords.flatMap((record) => record.assessorIds)])];

/**
 * The file as session commands carry it, in copies: a caller may hand the lists on without
 * touching the state. A file that holds no fact yet does not know its candidate: pass
 * `candidateId` (the app knows it from the stream id), else it reads ''.
 */
export const candidateFileFacts = (state: CandidateFileState, candidateId?: string): OwnedCandidateFileFacts => ({
  candidateId: state.candidateId ?? candidateId ?? '',
  homeRegion: state.homeRegion,
  pathways: [...state.pathways],
  admissibility: [...state.admissibility],
  admissibilityRequests: [...state.admissibilityRequests],
  evidenceStatus: [...state.evidenceStatus],
  evidenceRecords: [...state.evidenceRecords],
  assessorIds: assessorIdsOf(state),
  ccpsHeld: [...state.ccpsHeld],
  titlesHeld: [...state.titlesHeld],
  ccssHeld: [...state.ccssHeld],
});
