/** DI token of the validated ServiceConfig. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
/** DI token of the service's name (candidate-registry, evaluation, …). */
export const SERVICE_NAME = Symbol('SERVICE_NAME');
