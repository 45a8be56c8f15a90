import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A candidate's document as the candidate, officers and auditors list it. */
@Entity('issued_document')
export class IssuedDocument {
  @PrimaryColumn({ name: 'document_id', type: 'text' })
  documentId!: string;

  @Column({ name: 'candidate_id', type: 'text' })
  candidateId!: string;

  @Column({ type: 'text' })
  kind!: 'parchment' | 'booklet';

  @Column({ name: 'decision_id', type: 'text' })
  decisionId!: string;

  @Column({ name: 'title_code', type: 'text' })
  titleCode!: string;

  /** The CCS of a CCS parchemin, else null. */
  @Column({ name: 'ccs_code', type: 'text', nullable: true })
  ccsCode!: string | null;

  /** The livret's version, null for a parchemin. */
  @Column({ type: 'integer', nullable: true })
  version!: number | null;

  @Column({ name: 'issuer_region', type: 'text' })
  issuerRegion!: string;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn!: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  @Column({ name: 'status_list_index', type: 'integer' })
  statusListIndex!: number;

  @Column({ type: 'text' })
  status!: 'issued' | 'superseded' | 'revoked';

  @Column({ name: 'revoked_on', type: 'date', nullable: true })
  revokedOn!: string | null;

  /** `decision-rectified`, or the officer's reason. */
  @Column({ name: 'revocation_reason', type: 'text', nullable: true })
  revocationReason!: string | null;

  @Column({ name: 'erased_on', type: 'date', nullable: true })
  erasedOn!: string | null;

  @Column({ name: 'updated_position', type: 'bigint' })
  updatedPosition!: string;
}
