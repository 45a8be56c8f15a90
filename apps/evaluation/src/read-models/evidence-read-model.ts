import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { Assignment } from './assignment.entity';
import { EvidenceStatus } from './evidence-status.entity';

const line = z.object({ key: z.string(), fr: z.string(), en: z.string() });
export const evidenceStatusView = z.object({
  candidateId: z.string(),
  pathwayId: z.string(),
  titleCode: z.string(),
  pathwayType: z.string(),
  rulebookId: z.string(),
  ruleIds: z.array(z.string()),
  complete: z.boolean(),
  present: z.array(line),
  missing: z.array(line),
});
export type EvidenceStatusView = z.infer<typeof evidenceStatusView>;

export const assignmentView = z.object({ assignmentId: z.string(), candidateId: z.string(), pathwayId: z.string(), assessorId: z.string(), scope: z.record(z.string(), z.unknown()) });
export type AssignmentView = z.infer<typeof assignmentView>;

@Injectable()
export class EvidenceReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async statusOf(candidateId: string): Promise<EvidenceStatusView[]> {
    const rows = await this.dataSource.getRepository(EvidenceStatus).find({ where: { candidateId }, order: { pathwayId: 'ASC' } });
    return rows.map(({ updatedPosition: _position, ...view }) => view);
  }

  assignmentsOf(assessorId: string): Promise<AssignmentView[]> {
    return this.dataSource.getRepository(Assignment).find({ where: { assessorId }, order: { candidateId: 'ASC', assignmentId: 'ASC' } });
  }
}
