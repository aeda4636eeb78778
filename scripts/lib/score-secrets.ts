// Scoring the secret masking against messages labelled with their exact secrets and identifiers
// (corpus/secret-shapes): a secret counts as caught when no part of it is left in the masked text, an
// identifier as kept when it is still there whole (one written inside a secret is not counted).
import fs from 'node:fs';
import { z } from 'zod';
import { redactSecrets } from '../../src/nlu/secrets.js';

const shapeLine = z
  .object({ text: z.string(), secrets: z.array(z.string()), identifiers: z.array(z.string()) })
  .refine((line) => [...line.secrets, ...line.identifiers].every((part) => line.text.includes(part)), {
    message: 'every secret and identifier must occur in the text',
  });

export type SecretShapesReport = { messages: number; secrets: number; caught: number; identifiers: number; masked: number; misses: string[] };

export function readSecretShapes(file: string): z.infer<typeof shapeLine>[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      if (line.trim() === '') return [];
      const parsed = shapeLine.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message}`);
      return [parsed.data];
    });
}

export function scoreSecretShapes(file: string): SecretShapesReport {
  const report: SecretShapesReport = { messages: 0, secrets: 0, caught: 0, identifiers: 0, masked: 0, misses: [] };
  for (const line of readSecretShapes(file)) {
    report.messages++;
    const { redacted } = redactSecrets(line.text);
    for (const secret of line.secrets) {
      report.secrets++;
      if (redacted.includes(secret)) report.misses.push(`secret left: ${JSON.stringify(secret)}`);
      else report.caught++;
    }
    for (const identifier of line.identifiers) {
      if (line.secrets.some((secret) => secret.includes(identifier))) continue;
      report.identifiers++;
      if (!redacted.includes(identifier)) {
        report.masked++;
        report.misses.push(`identifier masked: ${JSON.stringify(identifier)}`);
      }
    }
  }
  return report;
}
