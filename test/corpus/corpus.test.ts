// The project's corpus: the split files are exactly what corpus/sources gives, big and varied enough
// to measure on, every slot value present, and no hand-written message (with its variants) in two
// splits.
import { describe, expect, it } from 'vitest';
import { buildCorpus, serialise, splitOf, splits, utterancesDir } from '../../scripts/build-corpus.js';
import { readUtterances, splitFile } from '../../scripts/corpus.js';
import fs from 'node:fs';
import path from 'node:path';
import { customerTypes, needs, products, roles } from '../../machines/domain.js';

const built = buildCorpus();
const all = splits.flatMap((split) => built[split]);

describe('corpus', () => {
  it('holds exactly what corpus/sources gives (run npm run corpus:build after editing the sources)', () => {
    for (const split of splits) expect(fs.readFileSync(path.join(utterancesDir, `${split}.jsonl`), 'utf8')).toBe(serialise(built[split]));
  });

  it('reads back through the eval reader, at least 1,500 messages, 70/15/15 within a few points', () => {
    const counts = splits.map((split) => readUtterances(splitFile(split)).length);
    const total = counts.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(1_500);
    expect(counts[0]! / total).toBeGreaterThan(0.6);
    expect(counts[1]! / total).toBeGreaterThan(0.1);
    expect(counts[2]! / total).toBeGreaterThan(0.1);
  });

  it('keeps each hand-written message and its variants in the split its text hashes to', () => {
    for (const split of splits) {
      for (const utterance of built[split].filter((u) => u.tags.includes('hand-written'))) expect(splitOf(utterance.text)).toBe(split);
    }
    const texts = all.map((u) => u.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('has every value of every slot, and the classes the understanding must handle', () => {
    const values = (read: (u: (typeof all)[number]) => unknown) => new Set(all.flatMap((u) => [read(u)].flat()));
    for (const need of needs) expect(values((u) => u.need)).toContain(need);
    for (const role of roles) expect(values((u) => u.role)).toContain(role);
    for (const type of customerTypes.filter((t) => t !== 'unknown')) expect(values((u) => u.customerType)).toContain(type);
    for (const product of products.filter((p) => p !== 'unknown')) expect(values((u) => u.product)).toContain(product);
    expect(values((u) => u.delegated)).toEqual(new Set([true, false, null]));
    expect(values((u) => u.hasOrderNumber)).toEqual(new Set([true, false, null]));
    expect(values((u) => u.partner)).toEqual(new Set(['altaire', null]));
    const tags = new Set(all.flatMap((u) => u.tags));
    for (const tag of [
      'negation',
      'two-needs',
      'negated-need',
      'question',
      'indirect-role',
      'typo',
      'caps',
      'lowercase',
      'non-native',
      'british',
      'rambling',
      'hedge',
      'secret',
      'identifier-lookalike',
    ]) {
      expect(tags, tag).toContain(tag);
    }
  });

  it('adds greetings and sign-offs around the whole message, never inside it next to a secret', () => {
    const handWritten = all.filter((u) => u.tags.includes('hand-written') && (u.secrets ?? u.identifiers)).map((u) => u.text);
    const withFiller = all.filter((u) => u.tags.includes('filler') && (u.secrets ?? u.identifiers));
    expect(withFiller.length).toBeGreaterThan(5);
    for (const utterance of withFiller)
      expect(
        handWritten.some((text) => utterance.text.includes(text)),
        utterance.text,
      ).toBe(true);
  });

  it('labels every secret and identifier as a substring of its message, and only secret messages carry secrets', () => {
    for (const utterance of all) {
      for (const part of [...(utterance.secrets ?? []), ...(utterance.identifiers ?? [])]) expect(utterance.text).toContain(part);
      expect(utterance.containsSecret).toBe((utterance.secrets ?? []).length > 0);
    }
  });
});
