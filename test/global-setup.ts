// Tests that start the bot as a process run what `npm start` runs, the bundle, built fresh from the
// sources here so it never lags behind them.
import { buildBot } from '../scripts/build.js';

export default async function setup(): Promise<void> {
  await buildBot();
}
