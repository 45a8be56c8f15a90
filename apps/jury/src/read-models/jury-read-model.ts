import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { JuryMemberSummary } from './jury-member-summary.entity';
import { SessionSummary } from './session-summary.entity';

export const juryMemberView = z.object({
  memberId: z.string(),
  region: z.string(),
  titleCodes: z.array(z.string()),
  assessorId: z.string().nullable(),
  familyName: z.string().nullable(),
  givenNames: z.string().nullable(),
});
export type JuryMemberView = z.infer<typeof juryMemberView>;

export const sessionSummaryView = z.object({
  sessionId: z.string(),
  region: z.string(),
  titleCode: z.string(),
  kind: z.string(),
  date: z.string(),
  memberIds: z.array(z.string()),
  candidateIds: z.array(z.string()),
  decidedCandidateIds: z.array(z.string()),
  sealedOn: z.string().nullable(),
  minutesHash: z.string().nullable(),
});
export type SessionSummaryView = z.infer<typeof sessionSummaryView>;

/** The officers' and auditors' lists: jury members and sessions. */
@Injectable()
export class JuryReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async members(): Promise<JuryMemberView[]> {
    const rows = await this.dataSource.getRepository(JuryMemberSummary).find({ order: { memberId: 'ASC' } });
    return rows.map(({ updatedPosition: _position, ...view }) => view);
  }

  async member(memberId: string): Promise<JuryMemberView | null> {
    const row = await this.dataSource.getRepository(JuryMemberSummary).findOneBy({ memberId });
    if (!row) return null;
    const { updatedPosition: _position, ...view } = row;
    return view;
  }

  async sessions(): Promise<SessionSummaryView[]> {
    const rows = await this.dataSource.getRepository(SessionSummary).find({ order: { date: 'ASC', sessionId: 'ASC' } });
    return rows.map(({ updatedPosition: _position, ...view }) => view);
  }
}
