import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceKitModule } from '@titrepro/service-kit';
import { CapitalisationSweep } from './capitalisation/capitalisation-sweep';
import { CandidateFileReader } from './candidates/candidate-file-reader';
import { CandidateViewController } from './candidates/candidate-view.controller';
import type { JuryConfig } from './config/jury-config';
import { evaluationEvidence } from './consumers/evaluation-evidence.consumer';
import { JuryAwardsConsumer } from './consumers/jury-awards.consumer';
import { registryFacts } from './consumers/registry-facts.consumer';
import { JuryMemberDirectory } from './members/jury-member-directory';
import { JuryMembersController } from './members/jury-members.controller';
import { JuryReadModel } from './read-models/jury-read-model';
import { capitalisationWatch, juryMemberReadModels, sessionReadModels } from './read-models/jury-read-models.projection';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from './read-models/read-model-entities';
import { mapJuryEvent } from './relay/jury-integration-events.mapper';
import { ConvocationsController } from './sessions/convocations.controller';
import { DeliberationsController } from './sessions/deliberations.controller';
import { MinutesController } from './sessions/minutes.controller';
import { SessionAuditController } from './sessions/session-audit.controller';
import { SessionJuryScope } from './sessions/session-jury-scope';
import { SessionReader } from './sessions/session-reader';
import { SessionsController } from './sessions/sessions.controller';

/**
 * The jury service of one regional office, on the kit: jury members, validation sessions, juries,
 * convocations, interviews, deliberations and sealed minutes. Candidates' files come from the
 * registries, evaluations and juries of every region on Kafka; it never reads their databases.
 */
@Module({})
export class AppModule {
  static forConfig(config: JuryConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forService(config, {
          readModels: { entities: READ_MODEL_ENTITIES, migrations: READ_MODEL_MIGRATIONS },
          projections: [juryMemberReadModels, sessionReadModels, capitalisationWatch],
          // Sessions and candidates' files publish; the mapper says which events.
          relay: { context: 'jury', map: mapJuryEvent },
          consumers: [registryFacts, evaluationEvidence, JuryAwardsConsumer],
          // The read models hold no candidate's personal data; members' names are sealed under their own keys.
          erasure: { purge: async () => undefined },
        }),
      ],
      controllers: [JuryMembersController, SessionsController, ConvocationsController, DeliberationsController, MinutesController, SessionAuditController, CandidateViewController],
      providers: [JuryMemberDirectory, CandidateFileReader, SessionReader, SessionJuryScope, JuryReadModel, CapitalisationSweep],
    };
  }
}
