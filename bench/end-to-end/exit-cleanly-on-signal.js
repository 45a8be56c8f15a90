// Preloaded (`node --require`) into the services of the profiled load step only. `--cpu-prof` writes
// its profile when the process exits normally, but Nest's shutdown hook closes the app and then
// raises the signal again, and a death by signal writes nothing: the second SIGTERM (or SIGINT)
// exits with 0 instead, so the profile is written. 15 s after the first, it exits regardless.
'use strict';
let signals = 0;
const onSignal = () => {
  signals += 1;
  if (signals > 1) process.exit(0);
  setTimeout(() => process.exit(0), 15_000).unref();
};
process.on('SIGTERM', onSignal);
process.on('SIGINT', onSignal);
