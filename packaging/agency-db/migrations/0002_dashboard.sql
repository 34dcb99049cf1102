-- CardDesk agency database, migration 2: the supervisor's dashboard online, and the auditor role.
-- Counters have no table privileges (migration 1), so the figures come from one read-only SECURITY DEFINER
-- function. It runs as the owner under FORCE ROW LEVEL SECURITY with current_branch() = the calling counter's
-- branch: a counter sees the figures of every counter of its branch, agency staff (superusers) everything.

SET LOCAL ROLE carddesk_agency_owner;

-- Read-only auditors are an operator role like the others (pulled by counters with the reference data).
ALTER TABLE agency.operators DROP CONSTRAINT operators_role_check;
ALTER TABLE agency.operators ADD CONSTRAINT operators_role_check
    CHECK (role IN ('clerk', 'teller', 'supervisor', 'administrator', 'auditor'));

-- One row per figure, by kind:
--   per-day   day, key = service, total, failed       operations by the counters' UTC day of the operation
--   failure   key = result code ('unknown' if none), total
--   operator  key = operator id, total
--   counter   key = terminal id, seconds = since its last push (NULL: never), total = operations pushed in
--             the period, failed = operations the agency refused (ever), extra = reference changes not pulled
-- The operation's own time (payload timeUtc) places it in the period and the day; received_at when absent.
CREATE FUNCTION agency.dashboard_figures(p_terminal text, p_client_schema int, p_from timestamptz,
                                         p_to timestamptz)
RETURNS TABLE (kind text, day date, key text, total bigint, failed bigint, seconds double precision,
               extra bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = agency, pg_temp AS $$
BEGIN
    PERFORM agency.bind_counter(p_terminal, p_client_schema, false);
    RETURN QUERY
    WITH ops AS (
        SELECT o.terminal_id, o.service, o.success,
               coalesce(nullif(o.payload ->> 'resultCode', ''), 'unknown') AS result_code,
               coalesce(o.payload ->> 'operatorId', '') AS operator_id,
               coalesce(CASE WHEN o.payload ->> 'timeUtc' ~ '^\d{4}-\d\d-\d\dT\d\d:\d\d'
                             THEN (o.payload ->> 'timeUtc')::timestamptz END, o.received_at) AS at
        FROM agency.operations o
    ), period AS (
        SELECT * FROM ops WHERE ops.at >= p_from AND ops.at < p_to
    )
    SELECT 'per-day'::text, (p.at AT TIME ZONE 'UTC')::date, p.service, count(*), count(*) FILTER (WHERE NOT p.success),
           NULL::double precision, NULL::bigint
        FROM period p GROUP BY 2, 3
    UNION ALL
    SELECT 'failure'::text, NULL::date, p.result_code, count(*), NULL::bigint, NULL::double precision, NULL::bigint
        FROM period p WHERE NOT p.success GROUP BY 3
    UNION ALL
    SELECT 'operator'::text, NULL::date, p.operator_id, count(*), NULL::bigint, NULL::double precision, NULL::bigint
        FROM period p GROUP BY 3
    UNION ALL
    SELECT 'counter'::text, NULL::date, c.terminal_id,
           (SELECT count(*) FROM period p WHERE p.terminal_id = c.terminal_id),
           (SELECT count(*) FROM agency.operations o WHERE o.terminal_id = c.terminal_id AND o.outcome = 'rejected'),
           extract(epoch FROM clock_timestamp() - c.last_push_at)::double precision,
           (SELECT value FROM agency.change_clock) - c.last_pull_change
        FROM agency.counters c;
END $$;

REVOKE EXECUTE ON FUNCTION agency.dashboard_figures(text, int, timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION agency.dashboard_figures(text, int, timestamptz, timestamptz) TO carddesk_counter;

RESET ROLE;
