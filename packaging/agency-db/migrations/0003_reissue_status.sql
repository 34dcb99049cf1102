-- CardDesk agency database, migration 3: the tracking status of reissue applications, set by agency staff
-- (the agency produces the card) and pulled by the counter that took the application.
-- Status changes are keyed by the reissue operation's UUID (pushed by the counter); they only move forward, along
-- the same rules as the counter's app/domain/ReissueStatus. Each change takes a number from the change clock,
-- so counters pull it with the reference data, in commit order ('S' lines of pull_changes).

SET LOCAL ROLE carddesk_agency_owner;

-- Every status change, kept (the counter replays them in change order, so its history matches the agency's).
CREATE TABLE agency.reissue_status_changes (
    change_seq   bigint PRIMARY KEY,
    operation_id uuid NOT NULL REFERENCES agency.operations (operation_id),
    terminal_id  text NOT NULL,
    branch_id    text NOT NULL,
    from_status  text NOT NULL,
    status       text NOT NULL CHECK (status IN ('in-production', 'ready-for-collection', 'mailed', 'collected',
                                                 'delivered', 'cancelled')),
    changed_by   name NOT NULL,
    changed_at   timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX reissue_status_changes_operation ON agency.reissue_status_changes (operation_id, change_seq);

-- A branch sees only its own applications (pull_changes runs under this policy as the calling counter).
ALTER TABLE agency.reissue_status_changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE agency.reissue_status_changes FORCE ROW LEVEL SECURITY;
CREATE POLICY own_branch ON agency.reissue_status_changes USING (agency.current_branch() IN ('*', branch_id));

-- The current status of each application (agency staff's list).
CREATE VIEW agency.reissue_status AS
SELECT DISTINCT ON (c.operation_id) c.operation_id, c.terminal_id, c.branch_id, c.status, c.changed_by,
       c.changed_at, c.change_seq
FROM agency.reissue_status_changes c
ORDER BY c.operation_id, c.change_seq DESC;

-- The counter's rule (app/domain/ReissueStatus.cpp reissueTransitionAllowed), kept identical.
CREATE FUNCTION agency.reissue_transition_allowed(p_from text, p_to text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN p_from = p_to OR p_from IN ('collected', 'delivered', 'cancelled') THEN false
        WHEN p_to = 'cancelled' THEN true
        WHEN p_from IN ('application-received', 'in-production') THEN p_to <> 'application-received'
        WHEN p_from = 'ready-for-collection' THEN p_to = 'collected'
        WHEN p_from = 'mailed' THEN p_to = 'delivered'
        ELSE false END
$$;

-- Agency staff (superusers or 'agency' principals) record a reissue application's status. Raises on an
-- unknown operation, a non-reissue, an unknown status or a backward move; returns the change number.
CREATE FUNCTION agency.set_reissue_status(p_operation uuid, p_status text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = agency, pg_temp AS $$
DECLARE
    v_op agency.operations;
    v_from text;
    v_change bigint;
BEGIN
    IF agency.current_branch() IS DISTINCT FROM '*' THEN
        RAISE EXCEPTION 'only agency staff may set a reissue status (role %)', session_user
            USING ERRCODE = '42501';
    END IF;
    SELECT * INTO v_op FROM agency.operations o WHERE o.operation_id = p_operation;
    IF NOT FOUND OR v_op.service <> 'reissue' OR NOT v_op.success OR v_op.outcome <> 'applied' THEN
        RAISE EXCEPTION 'operation % is not an applied reissue application', p_operation
            USING ERRCODE = 'CDS02';
    END IF;
    IF p_status NOT IN ('in-production', 'ready-for-collection', 'mailed', 'collected', 'delivered',
                        'cancelled') THEN
        RAISE EXCEPTION 'unknown reissue status %', p_status USING ERRCODE = 'CDS02';
    END IF;
    -- The operation's row lock: two staff cannot both move the application from the same status.
    PERFORM 1 FROM agency.operations o WHERE o.operation_id = p_operation FOR UPDATE;
    SELECT c.status INTO v_from FROM agency.reissue_status_changes c WHERE c.operation_id = p_operation
        ORDER BY c.change_seq DESC LIMIT 1;
    v_from := coalesce(v_from, 'application-received');
    IF NOT agency.reissue_transition_allowed(v_from, p_status) THEN
        RAISE EXCEPTION 'reissue % is "%": it cannot become "%" (statuses only move forward)', p_operation,
            v_from, p_status USING ERRCODE = 'CDS02';
    END IF;
    -- The change clock last: its row lock is held to commit (commit-ordered change numbers, migration 1).
    v_change := agency.next_change();
    INSERT INTO agency.reissue_status_changes (change_seq, operation_id, terminal_id, branch_id, from_status,
                                               status, changed_by)
        VALUES (v_change, p_operation, v_op.terminal_id, v_op.branch_id, v_from, p_status, session_user);
    RETURN v_change;
END $$;

-- pull_changes of migration 1 plus 'S' lines: S, change, operation UUID, status, time (ISO 8601 UTC), one per
-- status change (the counter applies them in change order).
-- Only the statuses of the calling terminal's own applications: the other counters of its branch do not hold
-- them (row-level security already keeps other branches out). Older counters ignore the unknown 'S' kind.
CREATE OR REPLACE FUNCTION agency.pull_changes(p_terminal text, p_client_schema int, p_after bigint, p_limit int)
RETURNS TABLE (last_change bigint, row_count int, lines text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = agency, pg_temp AS $$
DECLARE
    v_upper bigint;
BEGIN
    -- Read-only (no commit to flush): the counter reports its cursor in hello() instead.
    PERFORM agency.bind_counter(p_terminal, p_client_schema, false);
    SELECT least(p_after + p_limit, k.value) INTO v_upper FROM agency.change_clock k;
    IF v_upper <= p_after THEN
        RETURN QUERY SELECT p_after, 0, ''::text;
        RETURN;
    END IF;
    -- The order of lines inside a page does not matter (the counter applies a page at once, with its cursor).
    RETURN QUERY
    SELECT v_upper, count(*)::int, coalesce(string_agg(u.line, E'\n'), '')
    FROM (
        SELECT concat_ws(E'\t', 'P', p.change_seq, p.id_number, translate(p.name, E'\t\n', '  '), p.sex,
                         p.birth_date) AS line
        FROM agency.persons p WHERE p.change_seq > p_after AND p.change_seq <= v_upper
        UNION ALL
        SELECT concat_ws(E'\t', 'C', k.change_seq, k.card_number, k.id_number, k.identification_code, k.status)
        FROM agency.cards k WHERE k.change_seq > p_after AND k.change_seq <= v_upper
        UNION ALL
        SELECT concat_ws(E'\t', 'O', o.change_seq, o.operator_id, translate(o.display_name, E'\t\n', '  '), o.role,
                         o.branch_id, CASE WHEN o.disabled THEN 't' ELSE 'f' END)
        FROM agency.operators o WHERE o.change_seq > p_after AND o.change_seq <= v_upper
        UNION ALL
        SELECT concat_ws(E'\t', 'R', r.change_seq, translate(r.profile::text, E'\t\n', '  '))
        FROM agency.region_profile r WHERE r.change_seq > p_after AND r.change_seq <= v_upper
        UNION ALL
        SELECT concat_ws(E'\t', 'S', s.change_seq, s.operation_id, s.status,
                         to_char(s.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
        FROM agency.reissue_status_changes s
        WHERE s.change_seq > p_after AND s.change_seq <= v_upper AND s.terminal_id = p_terminal
    ) u;
END $$;

REVOKE EXECUTE ON FUNCTION agency.set_reissue_status(uuid, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION agency.reissue_transition_allowed(text, text) FROM PUBLIC;
-- Agency staff logins that are not superusers need: GRANT EXECUTE ON FUNCTION agency.set_reissue_status(uuid, text)
-- TO <role>; (and a principals row of kind 'agency'). Supervisors and counters cannot set statuses.
GRANT SELECT ON agency.reissue_status TO carddesk_supervisor;

RESET ROLE;
