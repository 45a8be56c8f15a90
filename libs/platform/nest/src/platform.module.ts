import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { collectDefaultMetrics, register } from 'prom-client';
import { AuthGuard } from './auth/auth.guard';
import { RequestBodyGuard } from './validation/request-body.guard';
import { verificationKeyFrom } from './auth/signing-keys';
import { TokenVerifier } from './auth/token-verifier';
import { IdentityProviderHealthIndicator } from './auth/identity-provider.health';
import { openIdIssuersOf } from './config/openid-config';
import { candidateSubjectPepperOf } from './config/candidate-subject-config';
import { CANDIDATE_SUBJECT_LINKS } from './auth/candidate-sign-in';
import type { CandidateSubjectLinks } from './auth/issuer-claims';
import { UnpolicedRoutesCheck } from './auth/unpoliced-routes.check';
import { KAFKA_CLIENT_SECURITY, SERVICE_CONFIG, SERVICE_NAME } from './config/config.tokens';
import { kafkaClientSecurity } from './config/kafka-client-security';
import type { ServiceConfig } from './config/service-config';
import { ProblemDetailsFilter } from './errors/problem-details.filter';
import { HealthController } from './health/health.controller';
import { KafkaHealthIndicator } from './health/kafka.health';
import { PostgresHealthIndicator } from './health/postgres.health';
import { ReadinessChecks } from './health/readiness-checks';
import { loggingModule } from './logging/logging.module';
import { HttpMetricsInterceptor } from './metrics/http-metrics.interceptor';
import { MetricsController } from './metrics/metrics.controller';

/**
 * What every titrepro service shares: validated config, JSON logs, health, metrics, bearer-token
 * authorization on every route (deny by default) and problem+json errors. Global, so app modules
 * only import it once at the root.
 */
@Module({})
export class PlatformModule {
  static forService(serviceName: string, config: ServiceConfig): DynamicModule {
    // Resolved here, not in a provider factory: Nest aborts the process on a factory error, and a
    // missing key or Kafka certificate must be a ConfigError the bootstrap turns into exit 78.
    const verificationKey = verificationKeyFrom(config);
    const kafkaSecurity = kafkaClientSecurity(config);
    const issuers = openIdIssuersOf(config);
    const candidateSubjectPepper = candidateSubjectPepperOf(config, issuers);
    if (!register.getSingleMetric('process_cpu_seconds_total')) {
      collectDefaultMetrics({ labels: { service: serviceName, region: config.REGION } });
    }
    return {
      module: PlatformModule,
      global: true,
      imports: [DiscoveryModule, loggingModule(serviceName, config)],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: SERVICE_NAME, useValue: serviceName },
        { provide: KAFKA_CLIENT_SECURITY, useValue: kafkaSecurity },
        {
          provide: TokenVerifier,
          // The links come from the service kit's table (a global module) when the app runs on the kit.
          inject: [{ token: CANDIDATE_SUBJECT_LINKS, optional: true }],
          useFactory: (candidateLinks: CandidateSubjectLinks | undefined) =>
            new TokenVerifier(verificationKey, {
              issuers,
              clockSkewSeconds: config.OIDC_CLOCK_SKEW_SECONDS,
              jwksCooldownSeconds: config.OIDC_JWKS_COOLDOWN_SECONDS,
              ...(candidateLinks ? { candidateLinks } : {}),
              ...(candidateSubjectPepper ? { candidateSubjectPepper } : {}),
            }),
        },
        IdentityProviderHealthIndicator,
        ReadinessChecks,
        PostgresHealthIndicator,
        KafkaHealthIndicator,
        UnpolicedRoutesCheck,
        { provide: APP_GUARD, useClass: AuthGuard },
        // After authentication: an anonymous caller learns nothing about a route's body.
        { provide: APP_GUARD, useClass: RequestBodyGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_INTERCEPTOR, useClass: HttpMetricsInterceptor },
      ],
      exports: [SERVICE_CONFIG, SERVICE_NAME, KAFKA_CLIENT_SECURITY, TokenVerifier, ReadinessChecks],
    };
  }
}
