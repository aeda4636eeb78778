// The report as people read it: an aligned plain-text table for the terminal, and one self-contained
// HTML page (inline CSS and SVG charts, no scripts, nothing fetched) to keep or send on. Every text
// that comes from the store (content keys, outcome ids) is escaped.
import { definitions, type Bin, type Rate, type Report, type Summary } from './report.js';

const DAY_MS = 86_400_000;

export const formatPercent = (value: number | undefined): string => (value === undefined ? '–' : `${(value * 100).toFixed(1)}%`);

export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return '–';
  const rounded = Math.round(ms);
  if (rounded < 1000) return `${rounded} ms`;
  const seconds = Math.round(rounded / 1000);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

const formatNumber = (value: number | undefined): string => (value === undefined ? '–' : Number.isInteger(value) ? String(value) : value.toFixed(1));

const isoMinute = (at: number) => new Date(at).toISOString().slice(0, 16).replace('T', ' ');

/** Whole UTC days read as dates with an inclusive end ("2026-11-01 to 2026-11-30"); anything else as times. */
export function formatPeriod({ from, to }: Report['period']): string {
  if (from % DAY_MS === 0 && to % DAY_MS === 0) {
    return `${new Date(from).toISOString().slice(0, 10)} to ${new Date(to - DAY_MS).toISOString().slice(0, 10)} (UTC)`;
  }
  return `${isoMinute(from)} to ${isoMinute(to)} (UTC)`;
}

const rateCell = (value: Rate) => `${value.count} / ${value.of}`;
const summaryCell = (summary: Summary, format: (value: number | undefined) => string) =>
  summary.count === 0 ? 'no data' : `median ${format(summary.median)}, p90 ${format(summary.p90)}, max ${format(summary.max)} (n = ${summary.count})`;

/** Columns padded to their widest cell; `right` columns (numbers) are aligned to the right. */
export function alignColumns(rows: readonly (readonly string[])[], right: readonly number[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const padding = ' '.repeat((widths[column] ?? 0) - [...cell].length);
        return right.includes(column) ? padding + cell : cell + padding;
      })
      .join('  ')
      .trimEnd(),
  );
}

const section = (title: string, lines: string[]) => [title, '-'.repeat(title.length), ...lines, ''];

/** The report as aligned plain text. */
export function renderText(report: Report): string {
  const { resolution, escalation, abandonment, handoff } = report;
  const statuses = Object.entries(handoff.byStatus)
    .map(([status, count]) => `${status} ${count}`)
    .join(', ');
  const headline = alignColumns(
    [
      ['Conversations (customer wrote)', String(report.conversations), ''],
      ['Opened without writing', String(report.openedWithoutWriting), 'not in the rates'],
      ['In progress', String(report.inProgress), `active in the last ${Math.round(report.quietMs / 60_000)} min`],
      [
        'Resolution',
        formatPercent(resolution.rate),
        `${rateCell(resolution)} asked "Did that solve it?"; no ${resolution.no}, unanswered ${resolution.unanswered}, other ${resolution.other}`,
      ],
      ['Escalation', formatPercent(escalation.rate), `${rateCell(escalation)} handed to a person`],
      [
        'Abandonment',
        formatPercent(abandonment.rate),
        `${rateCell(abandonment)}; silent on a question ${abandonment.silentOnQuestion}, left the queue ${abandonment.leftQueue}`,
      ],
      ['Turns to first outcome', formatNumber(report.turnsToOutcome.median), summaryCell(report.turnsToOutcome, formatNumber)],
      ['Time to first outcome', formatDuration(report.msToOutcome.median), summaryCell(report.msToOutcome, formatDuration)],
    ],
    [1],
  );
  const outcomes = alignColumns(
    [['Outcome', 'Conversations', 'Shown'], ...report.outcomes.map((outcome) => [outcome.id, String(outcome.conversations), String(outcome.shown)])],
    [1, 2],
  );
  const dropOff =
    report.dropOff.length === 0
      ? ['(none)']
      : alignColumns([['Last bot message', 'Conversations'], ...report.dropOff.map((row) => [row.contentKey, String(row.conversations)])], [1]);
  const agents = alignColumns(
    [
      ['Cases requested', String(handoff.cases), statuses],
      ['Recorded (no live agents)', String(handoff.recorded), ''],
      ['Customer left the queue', String(handoff.leftQueue), summaryCell(handoff.waitBeforeLeavingMs, formatDuration)],
      ['Agent wait', formatDuration(handoff.agentWaitMs.median), summaryCell(handoff.agentWaitMs, formatDuration)],
      ['Agent handle', formatDuration(handoff.agentHandleMs.median), summaryCell(handoff.agentHandleMs, formatDuration)],
    ],
    [1],
  );
  return [
    `Support report: ${formatPeriod(report.period)}, as of ${isoMinute(report.asOf)} UTC`,
    'Definitions: see the HTML report or the README ("Analytics").',
    '',
    ...section('Summary', headline),
    ...section('Outcomes by id', outcomes),
    ...section('Drop-off (finished without an outcome)', dropOff),
    ...section('Agents', agents),
  ].join('\n');
}

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

type Bar = { label: string; value: number };

const CHART_WIDTH = 720;
const CHAR_PX = 7.2;

/** Horizontal bars: long labels (content keys) stay readable. */
function barChart(title: string, bars: readonly Bar[]): string {
  if (bars.length === 0) return `<p class="empty">${escapeHtml(title)}: no data in this period.</p>`;
  const labelWidth = Math.min(320, Math.ceil(Math.max(...bars.map((bar) => bar.label.length)) * CHAR_PX) + 12);
  const row = 24;
  const top = 8;
  const plot = CHART_WIDTH - labelWidth - 56;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = top * 2 + bars.length * row;
  const rows = bars.map((bar, index) => {
    const y = top + index * row;
    const width = (bar.value / max) * plot;
    return [
      `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(bar.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${width.toFixed(1)}" height="${row - 8}" rx="2"><title>${escapeHtml(`${bar.label}: ${bar.value}`)}</title></rect>`,
      `<text x="${(labelWidth + width + 6).toFixed(1)}" y="${y + 16}">${bar.value}</text>`,
    ].join('');
  });
  return `<figure><svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}"><title>${escapeHtml(title)}</title>${rows.join('')}</svg><figcaption>${escapeHtml(title)}</figcaption></figure>`;
}

/** Vertical columns over the bins, labelled below. */
function histogramChart(title: string, bins: readonly Bin[]): string {
  if (bins.every((bin) => bin.count === 0)) return `<p class="empty">${escapeHtml(title)}: no data in this period.</p>`;
  const height = 220;
  const bottom = 36;
  const left = 16;
  const column = (CHART_WIDTH - left * 2) / bins.length;
  const max = Math.max(...bins.map((bin) => bin.count));
  const plot = height - bottom - 24;
  const columns = bins.map((bin, index) => {
    const x = left + index * column;
    const barHeight = (bin.count / max) * plot;
    const y = height - bottom - barHeight;
    return [
      `<rect x="${(x + 6).toFixed(1)}" y="${y.toFixed(1)}" width="${(column - 12).toFixed(1)}" height="${barHeight.toFixed(1)}" rx="2"><title>${escapeHtml(`${bin.label}: ${bin.count}`)}</title></rect>`,
      `<text x="${(x + column / 2).toFixed(1)}" y="${(y - 6).toFixed(1)}" text-anchor="middle">${bin.count}</text>`,
      `<text x="${(x + column / 2).toFixed(1)}" y="${height - bottom + 18}" text-anchor="middle">${escapeHtml(bin.label)}</text>`,
    ].join('');
  });
  return `<figure><svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}"><title>${escapeHtml(title)}</title>${columns.join('')}</svg><figcaption>${escapeHtml(title)}</figcaption></figure>`;
}

const cell = (text: string, numeric = false) => `<td${numeric ? ' class="num"' : ''}>${escapeHtml(text)}</td>`;
const htmlTable = (head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []) =>
  `<table><thead><tr>${head.map((text, column) => `<th${numeric.includes(column) ? ' class="num"' : ''}>${escapeHtml(text)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((text, column) => cell(text, numeric.includes(column))).join('')}</tr>`)
    .join('')}</tbody></table>`;

const card = (label: string, value: string, detail: string) =>
  `<div class="card"><div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div><div class="detail">${escapeHtml(detail)}</div></div>`;

const STYLE = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2733; margin: 0 auto; max-width: 960px; padding: 24px; }
h1 { font-size: 1.5em; margin-bottom: 0; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #d5dbe3; }
.meta { color: #5a6675; margin-top: 4px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.card { border: 1px solid #d5dbe3; border-radius: 8px; padding: 10px 14px; min-width: 170px; flex: 1; }
.card .label { color: #5a6675; font-size: .9em; } .card .value { font-size: 1.8em; font-weight: 600; } .card .detail { color: #5a6675; font-size: .85em; }
table { border-collapse: collapse; margin: 8px 0; } th, td { padding: 4px 12px 4px 0; text-align: left; border-bottom: 1px solid #eef1f4; vertical-align: top; }
th { font-weight: 600; } .num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 12px 0; } figcaption { color: #5a6675; font-size: .9em; }
svg { max-width: 100%; height: auto; font-size: 12px; } svg rect { fill: #1f5f99; } svg text { fill: #1d2733; }
dl { font-size: .92em; } dt { font-weight: 600; margin-top: 6px; } dd { margin-left: 0; color: #3b4654; }
.empty { color: #5a6675; font-style: italic; }
`;

/** The report as one HTML page with no external resources. */
export function renderHtml(report: Report): string {
  const { resolution, escalation, abandonment, handoff } = report;
  const period = formatPeriod(report.period);
  const summaryRows = [
    ['Conversations (customer wrote)', String(report.conversations)],
    ['Opened without writing (not in the rates)', String(report.openedWithoutWriting)],
    ['In progress', String(report.inProgress)],
    ['Asked "Did that solve it?"', String(resolution.of)],
    ['… yes / no / unanswered / other', `${resolution.yes} / ${resolution.no} / ${resolution.unanswered} / ${resolution.other}`],
    ['Abandoned: silent on a question / left the queue', `${abandonment.silentOnQuestion} / ${abandonment.leftQueue}`],
    ['Turns to first outcome', summaryCell(report.turnsToOutcome, formatNumber)],
    ['Time to first outcome', summaryCell(report.msToOutcome, formatDuration)],
  ];
  const handoffRows = [
    ['Cases requested', String(handoff.cases)],
    ...Object.entries(handoff.byStatus).map(([status, count]) => [`… ${status}`, String(count)]),
    ['Recorded (no live agents)', String(handoff.recorded)],
    ['Customer left the queue', `${handoff.leftQueue}; waited ${summaryCell(handoff.waitBeforeLeavingMs, formatDuration)}`],
    ['Agent wait', summaryCell(handoff.agentWaitMs, formatDuration)],
    ['Agent handle', summaryCell(handoff.agentHandleMs, formatDuration)],
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(`Support report: ${period}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Support report</h1>
<p class="meta">${escapeHtml(`${period}; as of ${isoMinute(report.asOf)} UTC`)}</p>
<details open><summary>What the figures mean</summary><dl>${definitions(report.quietMs)
    .map((definition) => `<dt>${escapeHtml(definition.figure)}</dt><dd>${escapeHtml(definition.meaning)}</dd>`)
    .join('')}</dl></details>
</header>
<main>
<div class="cards">
${card('Conversations', String(report.conversations), `${report.inProgress} in progress`)}
${card('Resolution', formatPercent(resolution.rate), `${rateCell(resolution)} said yes`)}
${card('Escalation', formatPercent(escalation.rate), `${rateCell(escalation)} handed to a person`)}
${card('Abandonment', formatPercent(abandonment.rate), `${rateCell(abandonment)} left unhelped`)}
</div>
<h2>Summary</h2>
${htmlTable(['Figure', 'Value'], summaryRows, [1])}
<h2>Outcomes by id</h2>
${barChart(
  'Conversations shown each outcome',
  report.outcomes.map((outcome) => ({ label: outcome.id, value: outcome.conversations })),
)}
${htmlTable(
  ['Outcome', 'Conversations', 'Shown'],
  report.outcomes.map((outcome) => [outcome.id, String(outcome.conversations), String(outcome.shown)]),
  [1, 2],
)}
<h2>Where customers drop off</h2>
${barChart(
  "Finished conversations without an outcome, by the bot's last message",
  report.dropOff.map((row) => ({ label: row.contentKey, value: row.conversations })),
)}
<h2>Agents</h2>
${histogramChart('Agent wait (requested to accepted), cases', handoff.agentWaitHistogram)}
${htmlTable(['Figure', 'Value'], handoffRows, [1])}
</main>
</body>
</html>
`;
}
