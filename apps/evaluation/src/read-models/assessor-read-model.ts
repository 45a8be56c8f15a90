import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { AssessorSummary } from './assessor-summary.entity';

export const assessorView = z.object({
  assessorId: z.string(),
  region: z.string(),
  kind: z.string(),
  specialtyTitleCode: z.string().nullable(),
  qualifiedTitleCodes: z.array(z.string()),
  familyName: z.string().nullable(),
  givenNames: z.string().nullable(),
});
export type AssessorView = z.infer<typeof assessorView>;

const toView = ({ assessorId, region, kind, specialtyTitleCode, qualifiedTitleCodes, familyName, givenNames }: AssessorSummary): AssessorView => ({
  assessorId,
  region,
  kind,
  specialtyTitleCode,
  qualifiedTitleCodes,
  familyName,
  givenNames,
});

@Injectable()
export class AssessorReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<AssessorView[]> {
    return (await this.dataSource.getRepository(AssessorSummary).find({ order: { familyName: 'ASC', assessorId: 'ASC' }, take: 500 })).map(toView);
  }

  async find(assessorId: string): Promise<AssessorView | undefined> {
    const found = await this.dataSource.getRepository(AssessorSummary).findOneBy({ assessorId });
    return found ? toView(found) : undefined;
  }
}
