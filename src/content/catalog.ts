// Turns a content key into what the customer sees. Unknown keys throw: a machine may only say
// what dialogs/ defines, and a test checks that ahead of time.
import { MissingPlaceholderValue, UnknownContentKey } from '../errors.js';
import { placeholder, type Content } from './load-content.js';

export type Choice = { id: string; label: string };

export type Rendered = { key: string; text: string; choices: Choice[] };

export type Catalog = {
  /** `values` fill the run-time placeholders ({position}, {agent}, {text}); one missing throws. */
  render(key: string, values?: Readonly<Record<string, string>>): Rendered;
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
  const choicesOf = (key: string): Choice[] => Object.entries(entryOf(key).choices ?? {}).map(([id, label]) => ({ id, label }));
  return {
    // One pass: a value that itself contains braces (an agent's message) is never filled again.
    render: (key, values = {}) => ({
      key,
      text: entryOf(key).text.replace(placeholder, (_whole, name: string) => {
        const value = values[name];
        if (value === undefined) throw new MissingPlaceholderValue(key, name);
        return value;
      }),
      choices: choicesOf(key),
    }),
    choicesOf,
    has: (key) => content.has(key),
    keys: () => [...content.keys()],
  };
}
