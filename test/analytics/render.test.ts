// The report as text and as HTML: aligned columns, readable numbers, escaped text from the store, no
// customer text at all, and a page that loads nothing from anywhere.
import { describe, expect, it } from 'vitest';
import { alignColumns, escapeHtml, formatDuration, formatPercent, formatPeriod, renderHtml, renderText } from '../../src/analytics/render.js';
import { computeReport, type Period } from '../../src/analytics/report.js';
import type { HandoffCase } from '../../src/ports/handoff-queue.js';
import type { TranscriptEntry } from '../../src/ports/transcript-log.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.UTC(2026, 10, 1);
const period: Period = { from: T0, to: T0 + 30 * DAY };
const later = { now: T0 + 60 * DAY };
const SECRET = 'Tr0ub4dor&3!';
const HOSTILE_KEY = '<script>alert("key")</script>';
const HOSTILE_OUTCOME = '"><img src=x onerror=alert(1)>';

const entry = (conversationKey: string, at: number, direction: 'in' | 'out', activity: Record<string, unknown>, outcome?: string): TranscriptEntry => ({
  conversationKey,
  at,
  direction,
  activity,
  ...(outcome ? { outcome } : {}),
});

/** Transcripts that reach most figures, with a secret left in the text (as if redaction had missed it) and hostile keys. */
function sample(): { entries: TranscriptEntry[]; cases: HandoffCase[] } {
  const at = T0 + DAY;
  const says = (key: string, time: number, text: string) => entry(key, time, 'in', { type: 'message', text });
  const replies = (key: string, time: number, contentKey: string, outcome?: string, choices = false) =>
    entry(
      key,
      time,
      'out',
      {
        type: 'message',
        text: `reply with ${SECRET}`,
        channelData: { contentKey, ...(outcome ? { outcome } : {}) },
        ...(choices ? { suggestedActions: { actions: [{ type: 'imBack', title: 'Yes', value: 'Yes' }] } } : {}),
      },
      outcome,
    );
  const entries = [
    says('a', at, `my password is ${SECRET}`),
    replies('a', at, 'reset.directSelf', 'reset-direct-self'),
    replies('a', at, 'common.didItSolve', undefined, true),
    says('a', at + MINUTE, 'yes'),
    replies('a', at + MINUTE, 'common.glad'),
    says('b', at, 'help'),
    replies('b', at, HOSTILE_KEY, undefined, true),
    says('c', at, 'a person'),
    replies('c', at, 'handoff.queued', 'handoff'),
    says('d', at, 'weird'),
    replies('d', at, 'reset.weird', HOSTILE_OUTCOME),
  ];
  const cases: HandoffCase[] = [
    {
      reason: 'asked',
      slots: {},
      shown: [],
      caseId: 'C-1',
      conversationKey: 'c',
      status: 'closed',
      requestedAt: at,
      lastCustomerAt: at,
      agent: { id: 'agent-1', name: '<b>Agent</b>' },
      acceptedAt: at + 3 * MINUTE,
      closedAt: at + 12 * MINUTE,
    },
  ];
  return { entries, cases };
}

describe('render: formats', () => {
  it('writes durations, percentages and periods for people', () => {
    expect(formatDuration(undefined)).toBe('–');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(12_400)).toBe('12 s');
    expect(formatDuration(245_000)).toBe('4 min 05 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
    expect(formatPercent(undefined)).toBe('–');
    expect(formatPercent(1 / 3)).toBe('33.3%');
    expect(formatPeriod({ from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 11, 1) })).toBe('2026-11-01 to 2026-11-30 (UTC)');
    expect(formatPeriod({ from: Date.UTC(2026, 10, 1, 9, 30), to: Date.UTC(2026, 10, 2) })).toBe('2026-11-01 09:30 to 2026-11-02 00:00 (UTC)');
  });

  it('aligns columns, numbers to the right', () => {
    expect(
      alignColumns(
        [
          ['Outcome', 'Conversations'],
          ['handoff', '7'],
          ['reset-epki-ticket', '12'],
        ],
        [1],
      ),
    ).toEqual(['Outcome            Conversations', 'handoff                        7', 'reset-epki-ticket             12']);
  });

  it('escapes the characters that mean something in HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('render: the terminal table', () => {
  it('shows every figure, aligned', () => {
    const { entries, cases } = sample();

    const text = renderText(computeReport(entries, cases, period, later));

    expect(text).toContain('Support report: 2026-11-01 to 2026-11-30 (UTC)');
    expect(text).toMatch(/^Conversations \(customer wrote\)\s+4$/m);
    expect(text).toMatch(/^Resolution\s+100\.0%\s+1 \/ 1 asked/m);
    expect(text).toMatch(/^Escalation\s+25\.0%\s+1 \/ 4 handed to a person$/m);
    expect(text).toMatch(/^Abandonment\s+25\.0%\s+1 \/ 4; silent on a question 1, left the queue 0$/m);
    expect(text).toMatch(/^Agent wait\s+3 min 00 s\s+median 3 min 00 s, p90 3 min 00 s, max 3 min 00 s \(n = 1\)$/m);
    expect(text).toMatch(/^Agent handle\s+9 min 00 s/m);
    const summary = text.split('\n').filter((line) => /^(Resolution|Escalation|Abandonment) /.test(line));
    expect(summary).toHaveLength(3);
    expect(new Set(summary.map((line) => line.indexOf('%'))).size).toBe(1);
    const outcomeRows = text.split('\n').filter((line) => /^(Outcome|reset-direct-self|handoff) /.test(line));
    expect(outcomeRows).toHaveLength(3);
    expect(new Set(outcomeRows.map((line) => line.length)).size).toBe(1);
  });

  it('shows an empty period without failing or printing NaN', () => {
    const text = renderText(computeReport([], [], period, later));

    expect(text).toMatch(/^Resolution\s+–\s+0 \/ 0/m);
    expect(text).toContain('no data');
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
  });
});

describe('render: the HTML page', () => {
  it('draws the three charts as inline SVG, with the figures in them', () => {
    const { entries, cases } = sample();

    const html = renderHtml(computeReport(entries, cases, period, later));

    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html).toContain('aria-label="Conversations shown each outcome"');
    expect(html).toContain('aria-label="Finished conversations without an outcome, by the bot&#39;s last message"');
    expect(html).toContain('aria-label="Agent wait (requested to accepted), cases"');
    expect(html).toContain('<title>reset-direct-self: 1</title>');
    expect(html).toContain('<title>2 min – 5 min: 1</title>');
    expect(html).toContain('<div class="value">100.0%</div>');
    expect(html).toMatch(/<dt>Resolution<\/dt><dd>Of the conversations asked/);
  });

  it('escapes every text from the store, and contains no customer or bot text, secrets included', () => {
    const { entries, cases } = sample();
    const report = computeReport(entries, cases, period, later);

    const html = renderHtml(report);
    const text = renderText(report);

    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;key&quot;)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    for (const output of [html, text]) {
      expect(output).not.toContain(SECRET);
      expect(output).not.toContain('my password is');
      expect(output).not.toContain('reply with');
      expect(output).not.toContain('Agent</b>');
    }
  });

  it('loads nothing: no scripts, links, external addresses or images, and a policy that forbids them', () => {
    const { entries, cases } = sample();
    // The hostile keys are escaped but still read "src=" as text; this is about the page's own markup.
    const plain = entries.filter((entry) => entry.conversationKey !== 'b' && entry.conversationKey !== 'd');

    for (const html of [renderHtml(computeReport(plain, cases, period, later)), renderHtml(computeReport([], [], period, later))]) {
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|url\(|https?:\/\//i);
    }
  });

  it('says "no data" for charts of an empty period instead of drawing empty axes', () => {
    const html = renderHtml(computeReport([], [], period, later));

    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html).toContain('Finished conversations without an outcome, by the bot&#39;s last message: no data in this period.');
    expect(html).toContain('Agent wait (requested to accepted), cases: no data in this period.');
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });
});
