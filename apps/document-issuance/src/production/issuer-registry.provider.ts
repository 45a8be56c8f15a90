import type { Provider } from '@nestjs/common';
import { SERVICE_CONFIG } from '@titrepro/platform-nest';
import { IssuerRegistry, issuerConfigOf } from '@titrepro/credentials';
import type { IssuanceConfig } from '../config/issuance-config';

export const ISSUER_REGISTRY = Symbol('ISSUER_REGISTRY');

/** Every region's did:web and keys, from ISSUER_DID_HOST / ISSUER_KEYS / ISSUER_NAMES; status lists published at PUBLIC_BASE_URL's scheme and host. */
export const issuerRegistryProvider: Provider = {
  provide: ISSUER_REGISTRY,
  inject: [SERVICE_CONFIG],
  useFactory: (config: IssuanceConfig): Promise<IssuerRegistry> => IssuerRegistry.create(issuerConfigOf(config, { publicBaseUrl: config.PUBLIC_BASE_URL })),
};
