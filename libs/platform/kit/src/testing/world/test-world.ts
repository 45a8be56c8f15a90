import { CandidateHandedOverV1, CandidateTransferAcceptedV1, CandidateTransferredV1, type BoundedContext, type IntegrationContract } from '@titrepro/contracts';
import type { ServiceConfig, ServiceDefinition } from '@titrepro/platform-nest';
import { systemClock } from '../../clock/clock';
import { startContractPublisher, type ContractPublisher } from '../contract-publisher';
import { createSharedTopics, startService, type StartedService } from '../start-service';
import { newCandidate, type CandidateScenario, type WorldNews } from './candidate-scenario';
import { RegistryIdentities } from './registry-identities';
import { untilTakenIn } from './taken-in';
import { listenTo, type TopicLog } from './topic-log';

export interface TestWorldOptions<Config extends ServiceConfig> {
  /** The service under test: one deployment of it per region, on one Kafka, each on its own databases. */
  readonly service: ServiceDefinition<Config>;
  /** Its regions; the first is where candidates are registered unless told (default `idf`). */
  readonly regions?: readonly string[];
  /** Whether the deployments publish their events to Kafka (default true). */
  readonly relay?: boolean;
  /** Run the registry's identity route (the names a service asks the registry for); see `identities`. */
  readonly registryIdentities?: boolean;
  /** More variables for a region's deployment (`registryUrl`: the identity route's, when run). */
  readonly env?: (region: string, world: { readonly registryUrl: string | undefined }) => Readonly<Record<string, string>>;
}

/**
 * One service's deployments of several regions on a real Kafka and PostgreSQL, and every other
 * service played by a publisher sending what their relays would (same contracts, headers, source):
 * the service learns candidates, pathways, evidence and awards only from Kafka, as in production.
 * Every piece of news the world publishes is waited for until each deployment's consumers took it
 * in (their inboxes); a dead letter fails the step at once, saying why.
 *
 * Candidates are told as scenarios: `await world.candidate().inRegion('bre').vae().evidenceComplete().admissible()`.
 */
export class TestWorld {
  private readonly logs: TopicLog[] = [];

  private constructor(
    readonly topicPrefix: string,
    readonly regions: readonly string[],
    readonly deployments: ReadonlyMap<string, StartedService>,
    readonly publisher: ContractPublisher,
    readonly identities: RegistryIdentities | undefined,
  ) {}

  static async start<Config extends ServiceConfig>(options: TestWorldOptions<Config>): Promise<TestWorld> {
    const regions = options.regions ?? ['idf'];
    const topicPrefix = await createSharedTopics();
    const identities = options.registryIdentities ? new RegistryIdentities() : undefined;
    const registryUrl = await identities?.listen();
    const started = await Promise.all(
      regions.map((region) =>
        startService(options.service, { region, topicPrefix, relay: options.relay ?? true, consumers: true, env: options.env?.(region, { registryUrl }) ?? {} }),
      ),
    );
    const publisher = await startContractPublisher(topicPrefix);
    return new TestWorld(topicPrefix, regions, new Map(started.map((service) => [service.region, service])), publisher, identities);
  }

  /** The deployment of a region (the first region's unless told). */
  deployment(region: string = this.regions[0] ?? 'idf'): StartedService {
    const service = this.deployments.get(region);
    if (!service) throw new Error(`the world runs no deployment of ${region}`);
    return service;
  }

  /** The services' clock (a test that sets it has the other services' news dated alike). */
  now(): string {
    return systemClock.now().toISOString();
  }

  /** Publishes as `region`'s service of the contract's context would, without waiting; resolves with the event id. */
  send<Contract extends IntegrationContract>(contract: Contract, payload: Record<string, unknown>, region: string): Promise<string> {
    return this.publisher.publish(contract, payload, region);
  }

  /** Publishes, then waits until every deployment's consumers took the event in; resolves with its id. */
  async publish<Contract extends IntegrationContract>(contract: Contract, payload: Record<string, unknown>, region: string): Promise<string> {
    const eventId = await this.send(contract, payload, region);
    await this.untilTakenIn(contract, eventId);
    return eventId;
  }

  /** Waits until every deployment's consumers reading the contract's topic took the event in. */
  async untilTakenIn(contract: IntegrationContract, eventId: string): Promise<void> {
    const topic = `${this.topicPrefix}${contract.topic}`;
    await Promise.all([...this.deployments.values()].map((service) => untilTakenIn(service, topic, eventId, `${contract.type} ${eventId}`)));
  }

  /** A candidate to be registered by the registry of the world's first region (see CandidateScenario). */
  candidate(): CandidateScenario {
    return newCandidate(this.news, this.regions[0] ?? 'idf');
  }

  /**
   * A transfer as the registries play it, the one script of it: `from` offers the file, `to`
   * accepts it, `from` hands it over; each taken in before the next.
   */
  async handOver(candidateId: string, from: string, to: string): Promise<void> {
    await this.publish(CandidateTransferredV1, { candidateId, fromRegion: from, toRegion: to, transferredAt: this.now() }, from);
    await this.publish(CandidateTransferAcceptedV1, { candidateId, fromRegion: from, toRegion: to, acceptedAt: this.now() }, to);
    await this.publish(CandidateHandedOverV1, { candidateId, fromRegion: from, toRegion: to, handedOverAt: this.now() }, from);
  }

  /** Reads a context's topic from the beginning, as a downstream service would (closed with the world). */
  async listen(context: BoundedContext): Promise<TopicLog> {
    const log = await listenTo(this.topicPrefix, context);
    this.logs.push(log);
    return log;
  }

  async close(): Promise<void> {
    await Promise.all(this.logs.map((log) => log.close()));
    await this.publisher.close();
    await Promise.all([...this.deployments.values()].map((service) => service.close()));
    await this.identities?.close();
  }

  private get news(): WorldNews {
    return { publish: (contract, payload, region) => this.publish(contract, payload, region), handOver: (candidateId, from, to) => this.handOver(candidateId, from, to), now: () => this.now(), identities: this.identities };
  }
}
