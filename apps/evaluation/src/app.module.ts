import { Module, type DynamicModule } from '@nestjs/common';
import { EVALUATION_STREAM_CATEGORY } from '@titrepro/domain-evaluation';
import { ServiceKitModule } from '@titrepro/service-kit';
import { AssignmentScope } from './assignments/assignment-scope';
import { AssessorDirectory } from './assessors/assessor-directory';
import { AssessorsController } from './assessors/assessors.controller';
import { AssignmentsController } from './assignments/assignments.controller';
import type { EvaluationConfig } from './config/evaluation-config';
import { DsppUploadInterceptor } from './dspp/dspp-upload.interceptor';
import { DsppController } from './dspp/dspp.controller';
import { CcpPairAssessmentsController } from './evidence/ccp-pair-assessments.controller';
import { EvidenceController } from './evidence/evidence.controller';
import { PracticalAssessmentsController } from './evidence/practical-assessments.controller';
import { TrainingEvaluationsController } from './evidence/training-evaluations.controller';
import { AssessorReadModel } from './read-models/assessor-read-model';
import { assessorReadModels, evidenceReadModels } from './read-models/evaluation-read-models.projection';
import { EvidenceReadModel } from './read-models/evidence-read-model';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from './read-models/read-model-entities';
import { registryPathways } from './registry/registry-pathways.consumer';
import { mapEvaluationEvent } from './relay/evaluation-integration-events.mapper';

/**
 * The evaluation service of one regional office: assessors, assignments and the evidence a jury
 * decides on, on the kit. Candidates' pathways come from the registries' events on Kafka.
 */
@Module({})
export class AppModule {
  static forConfig(config: EvaluationConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forService(config, {
          readModels: { entities: READ_MODEL_ENTITIES, migrations: READ_MODEL_MIGRATIONS },
          projections: [assessorReadModels, evidenceReadModels],
          relay: { context: 'evaluation', category: EVALUATION_STREAM_CATEGORY, map: mapEvaluationEvent },
          consumers: [registryPathways],
          // The read models hold no candidate's personal data; the DSPP's sealed content becomes unreadable with the key.
          erasure: { purge: async () => undefined },
        }),
      ],
      controllers: [AssessorsController, AssignmentsController, TrainingEvaluationsController, DsppController, PracticalAssessmentsController, CcpPairAssessmentsController, EvidenceController],
      providers: [AssessorDirectory, AssessorReadModel, EvidenceReadModel, AssignmentScope, DsppUploadInterceptor],
    };
  }
}
