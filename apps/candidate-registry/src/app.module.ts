import { Module, type DynamicModule } from '@nestjs/common';
import { CANDIDATE_STREAM_CATEGORY } from '@titrepro/domain-registry';
import { ServiceKitModule } from '@titrepro/service-kit';
import { CandidateErasureController } from './candidates/candidate-erasure.controller';
import { CandidatesController } from './candidates/candidates.controller';
import { SignInLinksController } from './candidates/sign-in-links.controller';
import type { RegistryConfig } from './config/registry-config';
import { CandidateHistoryController } from './history/candidate-history.controller';
import { PathwaysController } from './pathways/pathways.controller';
import { PendingAdmissibilityController } from './pathways/pending-admissibility.controller';
import { GetCandidateHistoryHandler } from './queries/get-candidate-history.query';
import { GetCandidateHandler } from './queries/get-candidate.query';
import { ListPendingAdmissibilityHandler } from './queries/list-pending-admissibility.query';
import { SearchCandidatesHandler } from './queries/search-candidates.query';
import { candidateReadModels } from './read-models/candidate-read-models.projection';
import { CandidateReadModel } from './read-models/candidate-read-model';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from './read-models/read-model-entities';
import { purgeCandidateIdentity } from './read-models/candidate-identity-rows';
import { CandidateIdentities } from './regions/candidate-identities';
import { HandedOverFiles } from './regions/handed-over-file';
import { IdentitiesController } from './regions/identities.controller';
import { RegionFilesController } from './regions/region-files.controller';
import { RegionHandoverConsumer } from './regions/region-handover.consumer';
import { mapRegistryEvent } from './relay/registry-integration-events.mapper';
import { IncomingTransfersController } from './transfers/incoming-transfers.controller';
import { TitlesController } from './titles/titles.controller';

/** The candidate registry of one regional office: its routes, read models and published language, on the kit. */
@Module({})
export class AppModule {
  static forConfig(config: RegistryConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forService(config, {
          readModels: { entities: READ_MODEL_ENTITIES, migrations: READ_MODEL_MIGRATIONS },
          projections: [candidateReadModels],
          relay: { context: 'registry', category: CANDIDATE_STREAM_CATEGORY, map: mapRegistryEvent },
          consumers: [RegionHandoverConsumer],
          erasure: { purge: (manager, candidateId) => purgeCandidateIdentity(manager, candidateId, { erased: true }) },
        }),
      ],
      controllers: [
        CandidatesController,
        SignInLinksController,
        CandidateErasureController,
        PathwaysController,
        PendingAdmissibilityController,
        CandidateHistoryController,
        TitlesController,
        IncomingTransfersController,
        RegionFilesController,
        IdentitiesController,
      ],
      providers: [GetCandidateHandler, SearchCandidatesHandler, GetCandidateHistoryHandler, ListPendingAdmissibilityHandler, CandidateReadModel, HandedOverFiles, CandidateIdentities],
    };
  }
}
