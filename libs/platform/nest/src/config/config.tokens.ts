/** DI token of the validated ServiceConfig. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
/** DI token of the kafkajs `ssl`/`sasl` options (KafkaClientSecurity) read from the config at start-up. */
export const KAFKA_CLIENT_SECURITY = Symbol('KAFKA_CLIENT_SECURITY');
/** DI token of the service's name (candidate-registry, evaluation, …). */
export const SERVICE_NAME = Symbol('SERVICE_NAME');
