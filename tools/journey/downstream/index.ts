export { describeEvent, startDownstreamSubscriber, type CertificationEvent, type DownstreamSubscriber, type DownstreamSubscriberOptions } from './subscriber';
