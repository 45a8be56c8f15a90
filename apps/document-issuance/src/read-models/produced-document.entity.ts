import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What was produced for an issued document: its signed credentials (no plaintext identity: the
 * holder is a salted hash) and the id of its PDF, sealed with the candidate's key.
 */
@Entity('produced_document')
export class ProducedDocument {
  @PrimaryColumn({ name: 'document_id', type: 'text' })
  documentId!: string;

  @Column({ name: 'candidate_id', type: 'text' })
  candidateId!: string;

  @Column({ type: 'text' })
  kind!: 'parchment' | 'booklet';

  /** One for a parchemin; one per CCP this livret version adds. */
  @Column({ type: 'jsonb' })
  credentials!: Record<string, unknown>[];

  @Column({ name: 'pdf_id', type: 'text' })
  pdfId!: string;

  @Column({ name: 'pdf_sha256', type: 'text' })
  pdfSha256!: string;
}
