import type { DynamicModule, Type } from '@nestjs/common';
import type { z } from 'zod';
import type { ServiceConfig } from '../config/service-config';

/** How an app describes itself to the shared bootstrap. */
export interface ServiceDefinition<Config extends ServiceConfig = ServiceConfig> {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** Defaults to serviceConfigSchema; extend it for service-specific variables. */
  readonly configSchema?: z.ZodType<Config, unknown>;
  /** The app's root module, built from the validated config. */
  readonly rootModule: (config: Config) => Type | DynamicModule;
}
