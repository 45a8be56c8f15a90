import { createHash } from 'node:crypto';
import { TSGERI } from '../world/referential';
import {
  CandidatePersonalDataErasedV1,
  CandidateRegisteredV1,
  CandidateSignInLinkedV1,
  CandidateTrainersChangedV1,
  CandidateTransferredV1,
  CcpAwardedV1,
  PathwayOpenedV1,
  PathwayWithdrawnV1,
  TitleAwardedV1,
  TrainingEvaluationRecordedV1,
  type BoundedContext,
  type IntegrationContract,
} from '@titrepro/contracts';

/** A valid event of a contract, about one candidate, as `region`'s service would publish it. */
export interface ValidEvent {
  readonly contract: IntegrationContract;
  readonly payload: Record<string, unknown>;
}

/** `ids`: generated ids (three), so that a seed gives the same messages every time. */
type Template = (candidateId: string, region: string, otherRegion: string, at: string, ids: readonly string[]) => ValidEvent;

const TITLE = TSGERI;
const day = (at: string) => at.slice(0, 10);

/** Per consumed topic, events its consumers act on: the fuzz suite forges around them. */
export const VALID_EVENT_TEMPLATES: Readonly<Partial<Record<BoundedContext, readonly Template[]>>> = {
  registry: [
    (candidateId, region, _other, at) => ({ contract: CandidateRegisteredV1, payload: { candidateId, region, registeredAt: at } }),
    (candidateId, region, _other, at, ids) => ({ contract: PathwayOpenedV1, payload: { candidateId, pathwayId: ids[0], titleCode: TITLE, pathway: 'vae', region, openedAt: at } }),
    (candidateId, _region, _other, at, ids) => ({ contract: PathwayWithdrawnV1, payload: { candidateId, pathwayId: ids[0], titleCode: TITLE, withdrawnAt: at } }),
    (candidateId, region, other, at) => ({ contract: CandidateTransferredV1, payload: { candidateId, fromRegion: region, toRegion: other, transferredAt: at } }),
    (candidateId, _region, _other, at) => ({
      contract: CandidateSignInLinkedV1,
      payload: { candidateId, subjectDigest: createHash('sha256').update(candidateId).digest('hex'), linkedAt: at },
    }),
    (candidateId, _region, _other, at) => ({ contract: CandidatePersonalDataErasedV1, payload: { candidateId, erasedAt: at } }),
  ],
  evaluation: [
    (candidateId, _region, _other, at, ids) => ({ contract: CandidateTrainersChangedV1, payload: { candidateId, trainerIds: [ids[0]], changedAt: at } }),
    (candidateId, _region, _other, at, ids) => ({
      contract: TrainingEvaluationRecordedV1,
      payload: { candidateId, pathwayId: ids[0], titleCode: TITLE, ccpCode: 'CCP1', result: 'passed', assessorId: ids[1], evaluatedOn: day(at), recordedAt: at },
    }),
  ],
  jury: [
    (candidateId, region, _other, at, ids) => ({
      contract: CcpAwardedV1,
      payload: { candidateId, decisionId: ids[1], sessionId: ids[2], region, titleCode: TITLE, pathwayId: null, ccpCodes: ['CCP1'], decidedOn: day(at), rulebookId: 'seed-2009', ruleIds: ['JURY-OUTCOME'], awardedAt: at },
    }),
    (candidateId, region, _other, at, ids) => ({
      contract: TitleAwardedV1,
      payload: {
        candidateId,
        decisionId: ids[1],
        sessionId: ids[2],
        region,
        titleCode: TITLE,
        pathwayId: null,
        ccpCodes: ['CCP1', 'CCP2', 'CCP3'],
        decidedOn: day(at),
        rulebookId: 'seed-2009',
        ruleIds: ['JURY-OUTCOME'],
        awardedAt: at,
      },
    }),
  ],
};
