// The need classifier: nlp.js trained at start-up on the example utterances in training/needs.yaml.
// It proposes a need when the precise rules in understand.ts find none; it never overrides them.
import fs from 'node:fs';
import { Nlp } from '@nlpjs/nlp';
import { LangEn } from '@nlpjs/lang-en-min';
import { parse } from 'yaml';
import { z } from 'zod';
import { needs, type Need } from '../../machines/domain.js';
import { normalise } from './text.js';
import { inProject } from '../project-root.js';

export const defaultTrainingFile = inProject('src', 'nlu', 'training', 'needs.yaml');

const trainingSchema = z
  .object(Object.fromEntries([...needs, 'none'].map((intent) => [intent, z.array(z.string().min(1)).min(5)])))
  .strict();

export type NeedGuess = { need?: Need; score: number };

export type NeedClassifier = {
  classify(text: string): Promise<NeedGuess>;
  /** How long training took, for start-up figures. */
  trainingMs: number;
};

export async function trainNeedClassifier(file = defaultTrainingFile): Promise<NeedClassifier> {
  const started = performance.now();
  const examples = trainingSchema.parse(parse(fs.readFileSync(file, 'utf8')));
  const nlp = new Nlp({ languages: ['en'], autoSave: false, autoLoad: false, log: false, nlu: { log: false } });
  nlp.use(LangEn);
  for (const [intent, utterances] of Object.entries(examples)) {
    for (const utterance of utterances) nlp.addDocument('en', normalise(utterance), intent);
  }
  await nlp.train();
  const trainingMs = performance.now() - started;

  return {
    trainingMs,
    async classify(text) {
      const result = await nlp.process('en', normalise(text));
      const need = (needs as readonly string[]).includes(result.intent) ? (result.intent as Need) : undefined;
      return { ...(need ? { need } : {}), score: result.score };
    },
  };
}
