// Imported first by every command (the bot, the terminal chat, report, manifest, eval, the benches):
// reads .env from the folder the command runs in into process.env. Variables already in the
// environment win, and a variable set to nothing there counts as unset (config.ts), as Bot Framework
// samples write their .env.
import fs from 'node:fs';

if (fs.existsSync('.env')) process.loadEnvFile('.env');
