import { runInThisContext } from 'node:vm';

/**
 * The libraries we load with `importNative` (didkit's WASM glue, the DCC verifier) run in Node's
 * main realm, outside Jest's sandbox: they call the main realm's `fetch`, not the test's.
 */
interface MainRealm {
  fetch: typeof fetch;
  Response: typeof Response;
  console: Console;
}

const mainRealm = runInThisContext('globalThis') as MainRealm;

const urlOf = (input: unknown): string =>
  typeof input === 'string' ? input : input instanceof URL || (typeof input === 'object' && input !== null && 'href' in input) ? String((input as URL).href) : String((input as { url: string }).url);

/**
 * Runs `action` with the main realm's `fetch` answering only from `documents` (JSON, by URL), as a
 * web server of ours would, and failing like a network error for anything else. Requests are recorded.
 */
export const withOfflineWeb = async <T>(documents: (url: string) => Promise<object | undefined>, action: (requests: string[]) => Promise<T>): Promise<T> => {
  const realFetch = mainRealm.fetch;
  const requests: string[] = [];
  mainRealm.fetch = async (input: unknown) => {
    const url = urlOf(input);
    requests.push(url);
    const document = await documents(url);
    if (!document) throw new TypeError(`offline test: nothing at ${url}`);
    const response = new mainRealm.Response(JSON.stringify(document), { status: 200, headers: { 'content-type': 'application/json' } });
    // A constructed Response has an empty url; didkit's HTTP client (reqwest) parses it.
    Object.defineProperty(response, 'url', { value: url });
    return response;
  };
  try {
    return await action(requests);
  } finally {
    mainRealm.fetch = realFetch;
  }
};

/** Runs `action` with the main realm's console.log/error captured (libraries that print their failures). */
export const withMainRealmConsoleCaptured = async <T>(action: () => Promise<T>): Promise<{ result: T; printed: string[] }> => {
  const { log, error } = mainRealm.console;
  const printed: string[] = [];
  mainRealm.console.log = (...args: unknown[]) => void printed.push(args.map(String).join(' '));
  mainRealm.console.error = mainRealm.console.log;
  try {
    return { result: await action(), printed };
  } finally {
    mainRealm.console.log = log;
    mainRealm.console.error = error;
  }
};
