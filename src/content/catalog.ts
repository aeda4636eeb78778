// Turns a content key into what the customer sees. Unknown keys throw: a machine may only say
// what dialogs/ defines, and a test checks that ahead of time.
import { UnknownContentKey } from '../errors.js';
import type { Content } from './load-content.js';

export type Choice = { id: string; label: string };

export type Rendered = { key: string; text: string; choices: Choice[] };

export type Catalog = {
  render(key: string): Rendered;
  choicesOf(key: string): Choice[];
  has(key: string): boolean;
  keys(): string[];
};

export function createCatalog(content: Content): Catalog {
  const entryOf = (key: string) => {
    const entry = content.get(key);
    if (!entry) throw new UnknownContentKey(key);
    return entry;
  };
  const choicesOf = (key: string): Choice[] =>
    Object.entries(entryOf(key).choices ?? {}).map(([id, label]) => ({ id, label }));
  return {
    render: (key) => ({ key, text: entryOf(key).text, choices: choicesOf(key) }),
    choicesOf,
    has: (key) => content.has(key),
    keys: () => [...content.keys()],
  };
}
