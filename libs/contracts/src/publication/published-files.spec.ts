import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { ALL_CONTRACTS } from '../all-contracts';
import { compareWithSnapshots } from '../compatibility/compare-with-snapshots';
import { ASYNCAPI_FILE, readSnapshots, syncPublishedFiles } from './published-files';

describe('published contract files', () => {
  it('has the committed AsyncAPI document and schema snapshots up to date (run `npm run asyncapi`)', () => {
    expect(syncPublishedFiles({ check: true }).changedFiles).toEqual([]);
  });

  it('changes no published contract version incompatibly (publish a new version instead)', () => {
    const comparison = compareWithSnapshots(ALL_CONTRACTS, readSnapshots());
    expect(comparison.breaking).toEqual([]);
    expect(comparison.removed).toEqual([]);
    expect(comparison.unrecorded).toEqual([]);
  });

  it('publishes an AsyncAPI 3.0 document with one message per contract version on its topic', () => {
    const document = parse(readFileSync(ASYNCAPI_FILE, 'utf8')) as {
      asyncapi: string;
      channels: Record<string, { address: string; messages: Record<string, unknown> }>;
    };
    expect(document.asyncapi).toBe('3.0.0');
    const published = Object.values(document.channels).flatMap((channel) =>
      Object.keys(channel.messages).map((key) => `${channel.address} ${key}`),
    );
    expect(published.sort()).toEqual(ALL_CONTRACTS.map((contract) => `${contract.topic} ${contract.type}_v${contract.version}`).sort());
  });
});
