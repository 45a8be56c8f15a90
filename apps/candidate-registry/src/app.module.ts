import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { readModelDatabase } from '@titrepro/platform-nest';
import { CandidateErasureController } from './candidates/candidate-erasure.controller';
import { CandidatesController } from './candidates/candidates.controller';
import { CandidateCommands } from './commands/candidate-commands';
import { RunCandidateCommandHandler } from './commands/run-candidate-command.handler';
import type { RegistryConfig } from './config/registry-config';
import { EventStoreCloser, eventStoreProvider } from './event-store/event-store.provider';
import { CandidateHistoryController } from './history/candidate-history.controller';
import { PathwaysController } from './pathways/pathways.controller';
import { PendingAdmissibilityController } from './pathways/pending-admissibility.controller';
import { ListPendingAdmissibilityHandler } from './queries/list-pending-admissibility.query';
import { GetCandidateHistoryHandler } from './queries/get-candidate-history.query';
import { GetCandidateHandler } from './queries/get-candidate.query';
import { SearchCandidatesHandler } from './queries/search-candidates.query';
import { CandidateProjector } from './read-models/candidate-projector';
import { CandidateReadModel } from './read-models/candidate-read-model';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from './read-models/read-model-entities';
import { RegistryRelayService } from './relay/registry-relay.service';
import { TitlesController } from './titles/titles.controller';

/** The candidate registry of one regional office. */
@Module({})
export class AppModule {
  static forConfig(config: RegistryConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        readModelDatabase(config, { entities: READ_MODEL_ENTITIES, migrations: READ_MODEL_MIGRATIONS }),
      ],
      controllers: [CandidatesController, CandidateErasureController, PathwaysController, PendingAdmissibilityController, CandidateHistoryController, TitlesController],
      providers: [
        eventStoreProvider,
        EventStoreCloser,
        RunCandidateCommandHandler,
        CandidateCommands,
        GetCandidateHandler,
        SearchCandidatesHandler,
        GetCandidateHistoryHandler,
        ListPendingAdmissibilityHandler,
        CandidateReadModel,
        CandidateProjector,
        RegistryRelayService,
      ],
    };
  }
}
