import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { IssuedDocument } from '../read-models/issued-document.entity';
import { ProducedDocument } from '../read-models/produced-document.entity';

/** An issued document with what was produced for it. */
export interface DocumentRecord {
  readonly issued: IssuedDocument;
  readonly produced: ProducedDocument | null;
}

/** Reads documents as listed and produced. */
@Injectable()
export class DocumentRecords {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ofCandidate(candidateId: string): Promise<IssuedDocument[]> {
    return this.dataSource.getRepository(IssuedDocument).find({ where: { candidateId }, order: { issuedOn: 'ASC', documentId: 'ASC' } });
  }

  async find(documentId: string): Promise<DocumentRecord> {
    const issued = await this.dataSource.getRepository(IssuedDocument).findOneBy({ documentId });
    if (!issued) throw new NotFoundException(`document ${documentId} does not exist`);
    return { issued, produced: await this.dataSource.getRepository(ProducedDocument).findOneBy({ documentId }) };
  }
}
