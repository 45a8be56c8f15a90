import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoute, Authorize, IdParam, OWN_REGION, QueryParam } from '@titrepro/platform-nest';
import { z } from 'zod';
import {
  asOfInstant,
  AUDITED_SERVICES,
  AuditedStores,
  candidateHistory,
  candidateHistorySchema,
  candidateReplay,
  candidateReplaySchema,
  verificationSchema,
  verifyStores,
  type AuditedService,
  type CandidateHistory,
  type CandidateReplay,
  type Verification,
} from '@titrepro/audit';

const asOfParam = z
  .string()
  .max(40)
  .refine((value) => {
    try {
      asOfInstant(value);
      return true;
    } catch {
      return false;
    }
  }, 'must be a date (YYYY-MM-DD) or an ISO-8601 instant')
  .optional();
const regionParam = z.string().regex(/^[a-z]{2,5}$/, 'must be a lower-case region code').optional();
const serviceParam = z.enum(AUDITED_SERVICES).optional();

/**
 * What an auditor asks, as JSON: a candidate's history across services and regions, every decision
 * about them replayed, and the stores' integrity. Read-only: the stores are read on read-only roles.
 */
@ApiTags('audit')
@Controller()
export class AuditController {
  constructor(@Inject(AuditedStores) private readonly stores: AuditedStores) {}

  @Get('candidates/:candidateId/history')
  @Authorize({ auditor: OWN_REGION })
  @ApiRoute({
    summary: "A candidate's whole history across the services and regions audited, in order of occurrence, with each decision's rules, facts and verdicts",
    description: 'With asOf, the history and the state as they stood at the end of that day (UTC).',
    success: { status: 200, description: 'The history', schema: candidateHistorySchema },
    errors: [400, 404],
  })
  async history(@IdParam('candidateId') candidateId: string, @QueryParam('asOf', asOfParam) asOf: string | undefined): Promise<CandidateHistory> {
    const history = await candidateHistory(this.stores, candidateId, { asOf: asOf ?? null });
    if (history.entries.length === 0 && !asOf) throw new NotFoundException(`no store audited here knows candidate ${candidateId}`);
    return history;
  }

  @Get('candidates/:candidateId/replay')
  @Authorize({ auditor: OWN_REGION })
  @ApiRoute({
    summary: "Every decision about a candidate replayed: facts re-derived from the streams it cites, rules re-run under its rulebook, citations checked",
    success: { status: 200, description: 'The replay; ok is false when a decision is flagged', schema: candidateReplaySchema },
    errors: [400, 404],
  })
  async replay(@IdParam('candidateId') candidateId: string): Promise<CandidateReplay> {
    const replay = await candidateReplay(this.stores, candidateId);
    if (replay.decisions.length === 0 && (await candidateHistory(this.stores, candidateId)).entries.length === 0) throw new NotFoundException(`no store audited here knows candidate ${candidateId}`);
    return replay;
  }

  @Get('verify')
  @Authorize({ auditor: OWN_REGION })
  @ApiRoute({
    summary: "Every hash chain of every stream of the stores audited (or a region's, a service's), the seals of the juries' minutes, and every award against a sealed decision",
    success: { status: 200, description: 'The verification; ok is false on any broken link, seal or award', schema: verificationSchema },
    errors: [400],
  })
  async verify(@QueryParam('region', regionParam) region: string | undefined, @QueryParam('service', serviceParam) service: AuditedService | undefined): Promise<Verification> {
    return verifyStores(this.stores, { region: region ?? null, service: service ?? null });
  }
}
