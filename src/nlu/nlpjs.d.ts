// The part of nlp.js (@nlpjs/nlp, @nlpjs/lang-en-min) this project uses; the packages ship no types.
declare module '@nlpjs/nlp' {
  export type Classification = { intent: string; score: number };
  export type ProcessResult = { intent: string; score: number; classifications: Classification[] };
  export class Nlp {
    constructor(settings?: Record<string, unknown>);
    use(plugin: unknown): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, utterance: string): Promise<ProcessResult>;
  }
}

declare module '@nlpjs/lang-en-min' {
  export const LangEn: unknown;
}
