// `npm run bench -- --profile DIR` shows where each bot spends its CPU, in every Node process of the
// target (tsx's child included), without changing how the benchmark starts them.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Node refuses --cpu-prof in NODE_OPTIONS, the one way into every Node process of a target (tsx runs
 * a TypeScript entry in a child); so each Node process of a target preloads this module instead, which profiles through the inspector from
 * start to exit and writes `<pid>.cpuprofile` (Chrome DevTools format) into the target's folder.
 */
const profilePreload = `
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';
const session = new inspector.Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 500 });
session.post('Profiler.start');
process.on('exit', () => {
  // An in-thread session answers synchronously, so the profile is written before the process ends.
  session.post('Profiler.stop', (error, result) => {
    if (!error) fs.writeFileSync(path.join(process.env.BENCH_PROFILE_DIR, process.pid + '.cpuprofile'), JSON.stringify(result.profile));
  });
});
`;

/** The environment that makes target `name` profile itself into `profileDir/name`; none without a `profileDir`. */
export const profileEnv = (profileDir: string | undefined, name: string): Record<string, string> => {
  if (!profileDir) return {};
  const dir = path.join(profileDir, name);
  fs.mkdirSync(dir, { recursive: true });
  const preload = path.join(profileDir, 'profile-preload.mjs');
  fs.writeFileSync(preload, profilePreload);
  return { NODE_OPTIONS: `--import ${pathToFileURL(preload).href}`, BENCH_PROFILE_DIR: dir };
};
