import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ServiceKitModule } from '@titrepro/service-kit';
import { raw } from 'express';
import { IssuingRegionScope, OwnDocumentScope } from './documents/document-scopes';
import type { IssuanceConfig } from './config/issuance-config';
import { JuryDecisionsConsumer } from './consumers/jury-decisions.consumer';
import { registryErasure } from './consumers/registry-erasure.consumer';
import { DocumentRecords } from './documents/document-records';
import { DocumentsController } from './documents/documents.controller';
import { DocumentArtifacts } from './production/document-artifacts';
import { HolderNames } from './production/holder-names';
import { issuerRegistryProvider } from './production/issuer-registry.provider';
import { documentReadModels } from './read-models/documents.projection';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from './read-models/read-model-entities';
import { StatusListEntries } from './status-lists/status-list-entries';
import { PublicVerificationController } from './verification/public-verification.controller';
import { Verification } from './verification/verification';

/** Largest PDF `POST /verify` reads. */
const VERIFIED_PDF_LIMIT = '20mb';

/**
 * The document-issuance service of one regional office, on the kit: the parchemins and livrets
 * its juries' decisions give, as signed Open Badges credentials and PDF/A-3; revocation; public
 * verification. Decisions come from the juries of every region on Kafka.
 */
@Module({})
export class AppModule implements NestModule {
  static forConfig(config: IssuanceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forService(config, {
          readModels: { entities: READ_MODEL_ENTITIES, migrations: READ_MODEL_MIGRATIONS },
          projections: [documentReadModels],
          consumers: [JuryDecisionsConsumer, registryErasure],
          // Credentials name the holder by a salted hash and PDFs are sealed with the candidate's key: the key's end is the erasure.
          erasure: { purge: async () => undefined },
          // The decisions consumer produces documents: it needs these.
          providers: [issuerRegistryProvider, HolderNames, DocumentArtifacts, StatusListEntries],
        }),
      ],
      controllers: [DocumentsController, PublicVerificationController],
      providers: [DocumentRecords, OwnDocumentScope, IssuingRegionScope, Verification],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // A PDF sent to /verify arrives as bytes; JSON bodies keep Nest's parser.
    consumer.apply(raw({ type: 'application/pdf', limit: VERIFIED_PDF_LIMIT })).forRoutes('verify');
  }
}
