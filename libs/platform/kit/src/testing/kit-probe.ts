import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceDefinition } from '@titrepro/platform-nest';
import { kitConfigSchema, type KitConfig } from '../config/kit-config';
import { ServiceKitModule, type ServiceKitOptions } from '../service-kit.module';

export interface KitProbeOptions {
  /** The service's name: its schemas, consumer groups (`<name>.<region>.<consumer>`) and topics derive from it. */
  readonly name: string;
  /** What it does, in a sentence (the OpenAPI document's description). */
  readonly description: string;
  /** What the kit is given beyond no read models and an erasure that purges nothing. */
  readonly kit?: Partial<ServiceKitOptions>;
  /** Instead of the whole kit, only these modules: a probe of one of the kit's parts. */
  readonly modules?: (config: KitConfig) => DynamicModule[];
}

/**
 * A service made of nothing but the kit, for the kit's own integration specs: each spec names it and
 * gives the consumers, projections or erasure it probes; everything else is empty.
 */
export const kitProbe = ({ name, description, kit = {}, modules }: KitProbeOptions): ServiceDefinition<KitConfig> => ({
  name,
  title: name.replace(/-/g, ' '),
  description,
  configSchema: kitConfigSchema,
  rootModule: (config) => {
    const imports = modules ? modules(config) : [ServiceKitModule.forService(config, { readModels: { entities: [], migrations: [] }, erasure: { purge: async () => undefined }, ...kit })];
    @Module({ imports })
    class ProbeModule {}
    return ProbeModule;
  },
});
