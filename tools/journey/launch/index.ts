export { JOURNEY_REGIONS, REGION_SERVICES, journeyPorts, type JourneyEndpoints, type JourneyRegion, type RegionEndpoints, type RegionService } from './layout';
export { megabytes, type PeakRss, type RssReading } from './memory';
export { DEFAULT_POOL_SIZE_PER_SERVICE } from './service-environment';
export { BUILT_SERVICES, startRegions, workspaceRoot, type JourneyProcess, type RunningRegions, type StartRegionsOptions } from './start-regions';
export { journeyToken, type JourneyPerson } from './tokens';
