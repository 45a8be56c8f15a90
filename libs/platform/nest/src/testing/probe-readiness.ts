import { Injectable } from '@nestjs/common';
import { ReadinessChecks } from '../health/readiness-checks';
import type { ReadinessCheckResult } from '../health/readiness-report';

/** A kit-like module's readiness check whose answer a test sets: a result, an error, or silence. */
@Injectable()
export class ProbeReadiness {
  private answer: ReadinessCheckResult | 'throws' | 'hangs' = { status: 'up' };

  constructor(readiness: ReadinessChecks) {
    readiness.register('probe', () => this.check());
  }

  answerWith(answer: ReadinessCheckResult | 'throws' | 'hangs'): void {
    this.answer = answer;
  }

  private check(): Promise<ReadinessCheckResult> {
    const answer = this.answer;
    if (answer === 'hangs') return new Promise(() => undefined);
    if (answer === 'throws') return Promise.reject(new Error('probe check failed'));
    return Promise.resolve(answer);
  }
}
