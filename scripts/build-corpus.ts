// Builds the labelled corpus (corpus/utterances/{train,dev,test}.jsonl) from the hand-written messages
// in corpus/sources/*.jsonl: each message keeps its labels and gains a few surface variants of the
// kinds customers really type (all lower case, ALL CAPS, typos, greetings and sign-offs, no
// punctuation, British or American spelling). Secrets and identifiers are copied verbatim into every
// variant. A message and its variants always land in the same split, chosen once from a hash of the
// hand-written text, so a split never tests a sentence another split was trained on.
//
// `npm run corpus:build` rewrites the files; `-- --check` exits 1 when they are not what the sources
// give (test/corpus/corpus.test.ts runs the same comparison).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { customerTypes, needs, products, roles } from '../machines/domain.js';

const root = fileURLToPath(new URL('../corpus/', import.meta.url));
export const sourcesDir = path.join(root, 'sources');
export const utterancesDir = path.join(root, 'utterances');
export const splits = ['train', 'dev', 'test'] as const;
export type Split = (typeof splits)[number];

/** A hand-written message; absent fields are "not said" (null), as the labelling rules put it. */
const sourceSchema = z.strictObject({
  t: z.string().min(1),
  n: z.union([z.enum(needs), z.array(z.enum(needs)).min(2)]).optional(),
  r: z.enum(roles).optional(),
  d: z.boolean().optional(),
  c: z.enum(customerTypes).optional(),
  p: z.literal('altaire').optional(),
  pr: z.enum(products).optional(),
  o: z.boolean().optional(),
  s: z.array(z.string().min(1)).optional(),
  i: z.array(z.string().min(1)).optional(),
  g: z.array(z.string()).optional(),
});
type Source = z.infer<typeof sourceSchema>;

export type CorpusUtterance = {
  text: string;
  need: string | string[] | null;
  role: string | null;
  delegated: boolean | null;
  customerType: string | null;
  partner: 'altaire' | null;
  product: string | null;
  hasOrderNumber: boolean | null;
  containsSecret: boolean;
  tags: string[];
  secrets?: string[];
  identifiers?: string[];
};

/** FNV-1a: a stable 32-bit hash of the text, the same on every machine and Node version. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

export function splitOf(text: string): Split {
  const bucket = hash(text) % 100;
  return bucket < 70 ? 'train' : bucket < 85 ? 'dev' : 'test';
}

function seeded(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

/** Applies `change` to the text outside the protected substrings (secrets, identifiers), which stay verbatim. */
function outside(text: string, protectedParts: string[], change: (part: string) => string): string {
  const sorted = [...protectedParts].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return change(text);
  const pattern = new RegExp(`(${sorted.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return text
    .split(pattern)
    .map((piece, index) => (index % 2 === 1 ? piece : change(piece)))
    .join('');
}

const openers = ['hi, ', 'Hello - ', 'hey ', 'Good morning. ', 'Hi team, ', 'urgent: ', 'please help: ', 'Quick question. '];
const closers = [' thanks', ' Thank you!', ' asap please', ' thx', ' Cheers.', ' help!!', ' Regards, Sam', ' :('];
const spellings: [RegExp, string][] = [
  [/\borganization/g, 'organisation'],
  [/\borganisation/g, 'organization'],
  [/\blicense\b/g, 'licence'],
  [/\blicence\b/g, 'license'],
  [/\bauthorize/g, 'authorise'],
  [/\bcenter\b/g, 'centre'],
];

/** One typo in a word of five letters or more: a dropped, doubled or swapped letter. */
function typo(text: string, pick: (n: number) => number): string {
  const words = [...text.matchAll(/[A-Za-z]{5,}/g)];
  if (words.length === 0) return text;
  const word = words[pick(words.length)]!;
  const at = 1 + pick(word[0].length - 2);
  const letters = word[0].split('');
  const kind = pick(3);
  if (kind === 0) letters.splice(at, 1);
  else if (kind === 1) letters.splice(at, 0, letters[at]!);
  else [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
  return text.slice(0, word.index) + letters.join('') + text.slice(word.index + word[0].length);
}

/** `wholeText` variants only add around the message, so they see it whole; the others change words and skip secrets and identifiers. */
type Variant = { tag: string; make: (text: string, pick: (n: number) => number) => string; wholeText?: true };
const variants: Variant[] = [
  { tag: 'lowercase', make: (text) => text.toLowerCase() },
  { tag: 'caps', make: (text) => text.toUpperCase() },
  { tag: 'typo', make: (text, pick) => typo(typo(text, pick), pick) },
  { tag: 'filler', make: (text, pick) => `${openers[pick(openers.length)]}${text}${closers[pick(closers.length)]}`, wholeText: true },
  { tag: 'no-punctuation', make: (text) => text.replace(/[.,!?;:]+(?=\s|$)/g, '') },
  { tag: 'spelling', make: (text) => spellings.reduce((changed, [from, to]) => changed.replace(from, to), text) },
];

function labelsOf(source: Source): Omit<CorpusUtterance, 'text' | 'tags'> {
  return {
    need: source.n ?? null,
    role: source.r ?? null,
    delegated: source.d ?? null,
    customerType: source.c ?? null,
    partner: source.p ?? null,
    product: source.pr ?? null,
    hasOrderNumber: source.o ?? null,
    containsSecret: (source.s ?? []).length > 0,
    ...(source.s ? { secrets: source.s } : {}),
    ...(source.i ? { identifiers: source.i } : {}),
  };
}

/** The hand-written messages and their variants, by split, in source order. */
export function buildCorpus(): Record<Split, CorpusUtterance[]> {
  const bySplit: Record<Split, CorpusUtterance[]> = { train: [], dev: [], test: [] };
  const seen = new Set<string>();
  for (const file of fs
    .readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    const lines = fs.readFileSync(path.join(sourcesDir, file), 'utf8').split('\n');
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue;
      const where = `corpus/sources/${file}:${index + 1}`;
      const parsed = sourceSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      const source = parsed.data;
      const protectedParts = [...(source.s ?? []), ...(source.i ?? [])];
      for (const part of protectedParts) if (!source.t.includes(part)) throw new Error(`${where}: "${part}" is not in the text`);
      const split = splitOf(source.t);
      const labels = labelsOf(source);
      const tags = source.g ?? [];
      const pick = seeded(hash(source.t));
      const add = (text: string, extraTags: string[]) => {
        if (seen.has(text)) return;
        seen.add(text);
        bySplit[split].push({ text, ...labels, tags: [...new Set([...tags, ...extraTags])] });
      };
      add(source.t, ['hand-written']);
      // Four variants per message, chosen by its hash; a variant that changes nothing is skipped.
      const chosen = new Set<number>();
      while (chosen.size < 4) chosen.add(pick(variants.length));
      for (const variantIndex of [...chosen].sort()) {
        const variant = variants[variantIndex]!;
        add(variant.wholeText ? variant.make(source.t, pick) : outside(source.t, protectedParts, (part) => variant.make(part, pick)), [variant.tag]);
      }
    }
  }
  return bySplit;
}

export const serialise = (utterances: CorpusUtterance[]): string => utterances.map((utterance) => JSON.stringify(utterance)).join('\n') + '\n';

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const built = buildCorpus();
  const check = process.argv.includes('--check');
  let stale = false;
  for (const split of splits) {
    const file = path.join(utterancesDir, `${split}.jsonl`);
    const text = serialise(built[split]);
    if (check) {
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
        console.error(`${path.relative(process.cwd(), file)} is not what corpus/sources gives: run npm run corpus:build`);
        stale = true;
      }
    } else {
      fs.mkdirSync(utterancesDir, { recursive: true });
      fs.writeFileSync(file, text);
    }
    console.log(`${split}: ${built[split].length} messages (${built[split].filter((u) => u.tags.includes('hand-written')).length} hand-written)`);
  }
  process.exitCode = stale ? 1 : 0;
}
