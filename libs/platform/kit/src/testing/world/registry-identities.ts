import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A name as the registry keeps it. */
export interface CandidateName {
  readonly familyName: string;
  readonly givenNames: readonly string[];
}

/**
 * The registry's identity route (`GET /identities/:id`) as a region's registry answers its own
 * services: the names the issuance prints on a PDF, 410 once erased.
 */
export class RegistryIdentities {
  readonly names = new Map<string, CandidateName>();
  readonly erased = new Set<string>();
  private readonly server: Server = createServer((request, response) => {
    const candidateId = decodeURIComponent(/^\/identities\/([^/?]+)$/.exec(request.url ?? '')?.[1] ?? '');
    const name = this.names.get(candidateId);
    const [status, body] = this.erased.has(candidateId) ? [410, { detail: 'erased' }] : name ? [200, { candidateId, ...name }] : [404, { detail: 'unknown' }];
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });

  /** Listens on a free port of this machine; resolves with its base URL. */
  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
