import { candidateStreamId } from './candidate-stream';

describe('candidate streams', () => {
  it('hold one candidate each, named candidate-<candidateId>', () => {
    expect(candidateStreamId('c-1')).toBe('candidate-c-1');
  });
});
