// Handoff cases in PostgreSQL, shared by every instance. Every status change is one conditional
// UPDATE … RETURNING: of instances racing, the first to lock the row wins, the others match nothing.
// The partial unique index keeps one open case per conversation when two instances open one at once.
import type pg from 'pg';
import type { CaseHistory, HandoffQueue } from '../../ports/handoff-queue.js';
import { caseFromRow, QUEUE_ORDER, storedRequest, type CaseRow } from '../rows.js';

export function postgresHandoffQueue(pool: pg.Pool): HandoffQueue & CaseHistory {
  const one = async (text: string, values: unknown[]) => {
    const { rows } = await pool.query<CaseRow>(text, values);
    return rows[0] && caseFromRow(rows[0]);
  };
  const all = async (text: string, values: unknown[] = []) => (await pool.query<CaseRow>(text, values)).rows.map(caseFromRow);
  const openCaseOf = (conversationKey: string) =>
    one("SELECT * FROM handoff_cases WHERE conversation_key = $1 AND status IN ('queued', 'accepted')", [conversationKey]);
  const getCase = (caseId: string) => one('SELECT * FROM handoff_cases WHERE case_id = $1', [caseId]);

  return {
    async openCase({ caseId, conversationKey, request, at }) {
      for (;;) {
        // Does nothing when the conversation already has an open case (or the case id is taken); when
        // another instance's insert is in flight, waits for it to commit first.
        const inserted = await one(
          `INSERT INTO handoff_cases (case_id, conversation_key, status, requested_at, last_customer_at, request)
           VALUES ($1, $2, 'queued', $3, $3, $4) ON CONFLICT DO NOTHING RETURNING *`,
          [caseId, conversationKey, at, JSON.stringify(storedRequest(request))],
        );
        const opened = inserted ?? (await openCaseOf(conversationKey));
        if (opened) return opened;
        if (await getCase(caseId)) throw new Error(`Case id ${caseId} is already in use`);
        // The open case that stopped the insert ended before it could be read: try again.
      }
    },

    getCase,
    openCaseOf,

    async positionOf(caseId) {
      const { rows } = await pool.query<{ position: number }>(
        `SELECT 1 + (SELECT count(*) FROM handoff_cases earlier
                     WHERE earlier.status = 'queued' AND (earlier.requested_at, earlier.case_id) < (handoff_case.requested_at, handoff_case.case_id)
                    )::int AS position
         FROM handoff_cases handoff_case WHERE case_id = $1 AND status = 'queued'`,
        [caseId],
      );
      return rows[0]?.position;
    },

    listQueued: () => all(`SELECT * FROM handoff_cases WHERE status = 'queued' ${QUEUE_ORDER}`),
    listAcceptedBy: (agentId) => all(`SELECT * FROM handoff_cases WHERE status = 'accepted' AND agent_id = $1 ${QUEUE_ORDER}`, [agentId]),
    listCases: () => all(`SELECT * FROM handoff_cases ${QUEUE_ORDER}`),

    accept: (caseId, agent, at) =>
      one(
        `UPDATE handoff_cases SET status = 'accepted', agent_id = $2, agent_name = $3, accepted_at = $4
         WHERE case_id = $1 AND status = 'queued' RETURNING *`,
        [caseId, agent.id, agent.name, at],
      ),

    release: (caseId, agentId) =>
      one(
        `UPDATE handoff_cases SET status = 'queued', agent_id = NULL, agent_name = NULL, accepted_at = NULL
         WHERE case_id = $1 AND status = 'accepted' AND agent_id = $2 RETURNING *`,
        [caseId, agentId],
      ),

    finish: (caseId, status, at, only = {}) =>
      one(
        `UPDATE handoff_cases SET status = $2, closed_at = $3
         WHERE case_id = $1 AND status IN ('queued', 'accepted')
           AND ($4::text IS NULL OR status = $4) AND ($5::text IS NULL OR agent_id = $5) AND ($6::bigint IS NULL OR last_customer_at <= $6)
         RETURNING *`,
        [caseId, status, at, only.status ?? null, only.agentId ?? null, only.idleSince ?? null],
      ),

    async attachCard(caseId, threadId, cardActivityId) {
      await pool.query('UPDATE handoff_cases SET thread_id = $2, card_activity_id = $3 WHERE case_id = $1', [caseId, threadId, cardActivityId]);
    },

    caseOfThread: (threadId) => one(`SELECT * FROM handoff_cases WHERE thread_id = $1 ${QUEUE_ORDER} LIMIT 1`, [threadId]),

    async touchCustomer(caseId, at) {
      // GREATEST: turns of one conversation handled by two instances may report out of order.
      await pool.query(
        `UPDATE handoff_cases SET last_customer_at = GREATEST(last_customer_at, $2)
         WHERE case_id = $1 AND status IN ('queued', 'accepted')`,
        [caseId, at],
      );
    },

    async markWaitNotice(caseId, at) {
      const updated = await pool.query("UPDATE handoff_cases SET wait_notice_at = $2 WHERE case_id = $1 AND status = 'queued' AND wait_notice_at IS NULL", [
        caseId,
        at,
      ]);
      return updated.rowCount === 1;
    },
  };
}
