/**
 * Blanks the values the bot or the test harness make up at random or from the clock (UUIDs, ISO
 * times, epoch milliseconds, the ports servers listen on, process ids) before a log or a database file is searched
 * for a secret. A short
 * all-digit secret such as "4821" turns up inside one of them now and then (every version-4 UUID's
 * third group starts with 4), which says nothing about redaction.
 */
export function withoutGeneratedValues(text: string): string {
  return (
    text
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
      // SQLite's index pages and stale WAL frames hold conversation keys cut short ("conv-bf25a0cf-2080-4438-98"):
      // what is left of the UUID no longer matches above, and its digit groups can equal a PIN.
      .replace(/conv-[0-9a-f-]+/gi, 'conv-<id>')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?/g, '<iso-time>')
      // Epoch milliseconds and seconds, and any longer run of digits (sizes, offsets, counters): a PIN is typed as a word of its own, never inside one.
      .replace(/\d{9,}/g, '<number>')
      // Each test server listens on port 0, and the port it gets ("127.0.0.1:44903") is stored with every activity.
      .replace(/(127\.0\.0\.1|localhost|\[::1\]):\d+/g, '$1:<port>')
      // …and every log line carries the process id.
      .replace(/"pid":\d+/g, '"pid":<pid>')
  );
}
