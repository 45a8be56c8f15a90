import { Module, type DynamicModule } from '@nestjs/common';
import type { AnyProjection } from './projection-definition';
import { Projections, PROJECTIONS } from './projections';
import { ProjectionsController } from './projections.controller';

/** Runs the service's projections (one active runner per projection across replicas) and their operations routes. */
@Module({})
export class ProjectionsModule {
  static forService(projections: readonly AnyProjection[]): DynamicModule {
    return {
      module: ProjectionsModule,
      controllers: [ProjectionsController],
      providers: [{ provide: PROJECTIONS, useValue: projections }, Projections],
      exports: [Projections],
    };
  }
}
