import { constants, runInThisContext } from 'node:vm';

/**
 * Node's own `import()`, resolved from this file. The digitalbazaar stack is ESM only and this
 * workspace compiles to CommonJS, where TypeScript would turn `import()` into `require()`.
 *
 * Compiled with `runInThisContext` and `USE_MAIN_CONTEXT_DEFAULT_LOADER` rather than
 * `new Function('return import(…)')`: under Jest the latter is compiled in the test's vm context,
 * whose dynamic-import hook exists only with `--experimental-vm-modules`; this one always reaches
 * Node's main ESM loader (Node ≥ 20.12), in production and in every Jest worker alike, without flags.
 * The modules it loads therefore live in Node's main realm and its module cache, outside Jest's
 * registry: they cannot be mocked with `jest.mock`, and stay loaded across test files of a worker.
 */
const nativeImport = runInThisContext('(specifier) => import(specifier)', {
  filename: __filename,
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
}) as (specifier: string) => Promise<unknown>;

/** Loads an ES module (or a CommonJS one, as its namespace) through Node's own loader. */
export const importNative = <T>(specifier: string): Promise<T> => nativeImport(specifier) as Promise<T>;
