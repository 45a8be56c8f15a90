import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CandidateSummary } from './candidate-summary.entity';
import { IncomingTransfer } from './incoming-transfer.entity';
import { PathwayStatus } from './pathway-status.entity';
import { PendingAdmissibility } from './pending-admissibility.entity';

/** A candidate as the read models know them. */
export interface CandidateView {
  readonly candidateId: string;
  readonly region: string;
  readonly familyName: string | null;
  readonly givenNames: string | null;
  readonly birthDate: string | null;
  readonly email: string | null;
  readonly registeredOn: string;
  readonly erased: boolean;
  /** The offer the home region made to another region, until that region answers. */
  readonly outgoingTransfer: { readonly toRegion: string; readonly requestedOn: string } | null;
  readonly pathways: readonly {
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly pathwayType: string;
    readonly status: string;
    readonly vaeAdmissibility: { readonly status: string; readonly outcome: string | null };
  }[];
}

const toView = (summary: CandidateSummary, pathways: readonly PathwayStatus[]): CandidateView => ({
  candidateId: summary.candidateId,
  region: summary.region,
  familyName: summary.familyName,
  givenNames: summary.givenNames,
  birthDate: summary.birthDate,
  email: summary.email,
  registeredOn: summary.registeredOn,
  erased: summary.erased,
  outgoingTransfer: summary.transferTo && summary.transferRequestedOn ? { toRegion: summary.transferTo, requestedOn: summary.transferRequestedOn } : null,
  pathways: pathways.map((pathway) => ({
    pathwayId: pathway.pathwayId,
    titleCode: pathway.titleCode,
    pathwayType: pathway.pathwayType,
    status: pathway.status,
    vaeAdmissibility: { status: pathway.vaeAdmissibilityStatus, outcome: pathway.vaeAdmissibilityOutcome },
  })),
});

/** Reads of the projections: what they hold now (they follow the event store within moments). */
@Injectable()
export class CandidateReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findCandidate(candidateId: string): Promise<CandidateView | undefined> {
    const summary = await this.dataSource.getRepository(CandidateSummary).findOneBy({ candidateId });
    if (!summary) return undefined;
    const pathways = await this.dataSource.getRepository(PathwayStatus).findBy({ candidateId });
    return toView(summary, pathways);
  }

  /** Candidates whose family or given names contain `name` (case-insensitive), at most 100. */
  async searchByName(name: string): Promise<CandidateView[]> {
    const pattern = `%${name.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    const summaries = await this.dataSource
      .getRepository(CandidateSummary)
      .createQueryBuilder('candidate')
      .where('candidate.family_name ILIKE :pattern OR candidate.given_names ILIKE :pattern', { pattern })
      .orderBy('candidate.family_name')
      .limit(100)
      .getMany();
    return summaries.map((summary) => toView(summary, []));
  }

  /** VAE admissibility requests of `region` awaiting a decision, oldest first. */
  pendingAdmissibility(region: string): Promise<PendingAdmissibility[]> {
    return this.dataSource.getRepository(PendingAdmissibility).find({ where: { region }, order: { requestedOn: 'ASC', pathwayId: 'ASC' } });
  }

  /** Files other regions offered `region`, awaiting an answer, oldest first. */
  openIncomingTransfers(region: string): Promise<IncomingTransfer[]> {
    return this.dataSource.getRepository(IncomingTransfer).find({ where: { toRegion: region, status: 'open' }, order: { requestedOn: 'ASC', candidateId: 'ASC' } });
  }
}
