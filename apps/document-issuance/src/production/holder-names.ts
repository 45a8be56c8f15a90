import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@titrepro/platform-nest';
import { RegionPeers } from '@titrepro/service-kit';
import { z } from 'zod';
import type { IssuanceConfig } from '../config/issuance-config';

const identity = z.object({ candidateId: z.string(), familyName: z.string(), givenNames: z.array(z.string()) });

/**
 * A holder's name, asked of this region's registry (service token, `GET /identities/:id`) at the
 * moment a document is produced: it is printed on the PDF, sealed with the candidate's key, and
 * enters the credential only as a salted hash. Never stored in clear, never on Kafka.
 */
@Injectable()
export class HolderNames {
  constructor(
    private readonly peers: RegionPeers,
    @Inject(SERVICE_CONFIG) private readonly config: IssuanceConfig,
  ) {}

  async nameOf(candidateId: string): Promise<string> {
    const { familyName, givenNames } = await this.peers.get(this.config.REGION, `/identities/${encodeURIComponent(candidateId)}`, identity);
    return [...givenNames, familyName].join(' ');
  }
}
