// The values searched logs and database files are cleaned of before a secret is looked for in them.
import { describe, expect, it } from 'vitest';
import { withoutGeneratedValues } from './generated-values.js';

describe('withoutGeneratedValues', () => {
  it('blanks ports, process ids, UUIDs and clock values, and leaves what a customer typed', () => {
    const line = '{"pid":4490,"time":1765004490123,"serviceUrl":"http://127.0.0.1:44903/","id":"4490aaaa-1111-4222-8333-444455556666","text":"PIN 4490"}';
    const cleaned = withoutGeneratedValues(line);
    expect(cleaned.match(/4490/g)).toEqual(['4490']);
    expect(cleaned).toContain('"text":"PIN 4490"');
  });

  it('blanks a conversation key cut short inside a database page, and leaves a PIN typed beside it', () => {
    const page = 'itest:conv-bf25a0cf-2080-4490-98itest:co\u0000{"text":"my pin is 4490"}';
    expect(withoutGeneratedValues(page).match(/4490/g)).toEqual(['4490']);
  });
});

describe('withoutGeneratedValues on long numbers', () => {
  it('blanks epoch seconds and other long runs of digits, and leaves a PIN typed as a word', () => {
    const row = '{"at":1796630419,"size":104190419,"text":"the PIN is 0419"}';
    expect(withoutGeneratedValues(row).match(/0419/g)).toEqual(['0419']);
  });
});
