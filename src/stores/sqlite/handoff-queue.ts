// Handoff cases in SQLite. Every status change is one conditional UPDATE … RETURNING, so of two callers
// only one sees it succeed; the partial unique index keeps one open case per conversation.
import type { CaseHistory, HandoffQueue } from '../../ports/handoff-queue.js';
import { caseFromRow, QUEUE_ORDER, storedRequest, type CaseRow } from '../rows.js';
import type { SqliteDatabase } from './database.js';
import { promised } from '../promised.js';

export function sqliteHandoffQueue({ db, prepare }: SqliteDatabase): HandoffQueue & CaseHistory {
  const openCaseRow = (conversationKey: string) =>
    prepare<[string], CaseRow>("SELECT * FROM handoff_cases WHERE conversation_key = ? AND status IN ('queued', 'accepted')").get(conversationKey);
  const one = (row: CaseRow | undefined) => row && caseFromRow(row);

  return promised<HandoffQueue & CaseHistory>({
    openCase({ caseId, conversationKey, request, at }) {
      const open = db.transaction(() => {
        // Does nothing when the conversation already has an open case (or the case id is taken).
        const inserted = prepare<unknown[], CaseRow>(
          `INSERT INTO handoff_cases (case_id, conversation_key, status, requested_at, last_customer_at, request)
           VALUES (?, ?, 'queued', ?, ?, ?) ON CONFLICT DO NOTHING RETURNING *`,
        ).get(caseId, conversationKey, at, at, JSON.stringify(storedRequest(request)));
        const row = inserted ?? openCaseRow(conversationKey);
        if (!row) throw new Error(`Case id ${caseId} is already in use`);
        return row;
      });
      return caseFromRow(open.immediate());
    },

    getCase(caseId) {
      return one(prepare<[string], CaseRow>('SELECT * FROM handoff_cases WHERE case_id = ?').get(caseId));
    },

    openCaseOf(conversationKey) {
      return one(openCaseRow(conversationKey));
    },

    positionOf(caseId) {
      const row = prepare<[string], { position: number }>(
        `SELECT 1 + (SELECT count(*) FROM handoff_cases earlier
                     WHERE earlier.status = 'queued' AND (earlier.requested_at, earlier.case_id) < (handoff_case.requested_at, handoff_case.case_id)
                    ) AS position
         FROM handoff_cases handoff_case WHERE case_id = ? AND status = 'queued'`,
      ).get(caseId);
      return row?.position;
    },

    listQueued() {
      return prepare<[], CaseRow>(`SELECT * FROM handoff_cases WHERE status = 'queued' ${QUEUE_ORDER}`).all().map(caseFromRow);
    },

    listAcceptedBy(agentId) {
      return prepare<[string], CaseRow>(`SELECT * FROM handoff_cases WHERE status = 'accepted' AND agent_id = ? ${QUEUE_ORDER}`).all(agentId).map(caseFromRow);
    },

    listCases() {
      return prepare<[], CaseRow>(`SELECT * FROM handoff_cases ${QUEUE_ORDER}`).all().map(caseFromRow);
    },

    accept(caseId, agent, at) {
      return one(
        prepare<unknown[], CaseRow>(
          `UPDATE handoff_cases SET status = 'accepted', agent_id = ?, agent_name = ?, accepted_at = ?
           WHERE case_id = ? AND status = 'queued' RETURNING *`,
        ).get(agent.id, agent.name, at, caseId),
      );
    },

    release(caseId, agentId) {
      return one(
        prepare<[string, string], CaseRow>(
          `UPDATE handoff_cases SET status = 'queued', agent_id = NULL, agent_name = NULL, accepted_at = NULL
           WHERE case_id = ? AND status = 'accepted' AND agent_id = ? RETURNING *`,
        ).get(caseId, agentId),
      );
    },

    finish(caseId, status, at, only = {}) {
      return one(
        prepare<unknown[], CaseRow>(
          `UPDATE handoff_cases SET status = ?, closed_at = ?
           WHERE case_id = ? AND status IN ('queued', 'accepted')
             AND (? IS NULL OR status = ?) AND (? IS NULL OR agent_id = ?) AND (? IS NULL OR last_customer_at <= ?)
           RETURNING *`,
        ).get(
          status,
          at,
          caseId,
          only.status ?? null,
          only.status ?? null,
          only.agentId ?? null,
          only.agentId ?? null,
          only.idleSince ?? null,
          only.idleSince ?? null,
        ),
      );
    },

    attachCard(caseId, threadId, cardActivityId) {
      prepare('UPDATE handoff_cases SET thread_id = ?, card_activity_id = ? WHERE case_id = ?').run(threadId, cardActivityId, caseId);
    },

    caseOfThread(threadId) {
      return one(prepare<[string], CaseRow>(`SELECT * FROM handoff_cases WHERE thread_id = ? ${QUEUE_ORDER} LIMIT 1`).get(threadId));
    },

    touchCustomer(caseId, at) {
      // max(): turns of one conversation handled by two instances may report out of order.
      prepare(
        `UPDATE handoff_cases SET last_customer_at = max(last_customer_at, ?)
         WHERE case_id = ? AND status IN ('queued', 'accepted')`,
      ).run(at, caseId);
    },

    markWaitNotice(caseId, at) {
      const updated = prepare("UPDATE handoff_cases SET wait_notice_at = ? WHERE case_id = ? AND status = 'queued' AND wait_notice_at IS NULL").run(at, caseId);
      return updated.changes === 1;
    },
  });
}
