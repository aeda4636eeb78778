// pino, with the paths that may carry credentials censored. Customer text never reaches a log
// un-masked: the runner logs only the redacted form.
import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

const redactedLogPaths = [
  'req.headers.authorization',
  'headers.authorization',
  'authorization',
  '*.authorization',
  'password',
  '*.password',
  'appPassword',
  '*.appPassword',
  'MicrosoftAppPassword',
  'token',
  '*.token',
];

export function createLogger(config: Pick<Config, 'logLevel' | 'logPretty'>, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    redact: { paths: redactedLogPaths, censor: '[redacted]' },
    base: { service: 'cert-support-bot' },
  };
  if (destination) return pino(options, destination);
  if (config.logPretty) return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true } } });
  return pino(options);
}
