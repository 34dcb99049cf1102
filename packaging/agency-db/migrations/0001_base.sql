-- CardDesk agency database, migration 1: roles, tables, row-level security and the functions counters call.
-- Applied by `carddesk-admin agency init` (app/sync/AgencySchema.cpp) as a superuser, in one transaction,
-- and recorded in agency.schema_migrations. Counters get NO table privileges: only EXECUTE on the
-- SECURITY DEFINER functions hello, push_operations, push_audit and pull_changes.

-- Cluster-wide group roles (several agency databases may share one cluster: create them only once).
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['carddesk_agency_owner', 'carddesk_counter', 'carddesk_supervisor'] LOOP
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- created concurrently by another database's init
        END;
    END LOOP;
END $$;

CREATE SCHEMA agency AUTHORIZATION carddesk_agency_owner;
REVOKE ALL ON SCHEMA agency FROM PUBLIC;
GRANT USAGE ON SCHEMA agency TO carddesk_counter, carddesk_supervisor;

-- Everything below belongs to the owner role: it is not a superuser and has no BYPASSRLS, so the
-- SECURITY DEFINER functions stay under the row-level security policies (FORCE ROW LEVEL SECURITY).
SET LOCAL ROLE carddesk_agency_owner;

CREATE TABLE agency.schema_migrations (
    version    int PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agency.settings (
    key   text PRIMARY KEY,
    value text NOT NULL
);
-- Counters built for an older schema than this are told so and keep their queue.
INSERT INTO agency.settings VALUES ('min_client_schema', '1'), ('seed_next', '0');

-- Who a database login is: a counter (or a branch's shared counter role), a branch supervisor, or agency staff.
CREATE TABLE agency.principals (
    db_role   name PRIMARY KEY,
    kind      text NOT NULL CHECK (kind IN ('counter', 'supervisor', 'agency')),
    branch_id text NOT NULL
);

CREATE TABLE agency.counters (
    terminal_id              text PRIMARY KEY,
    branch_id                text NOT NULL,
    db_role                  name NOT NULL REFERENCES agency.principals (db_role),
    last_sequence            bigint NOT NULL DEFAULT 0,
    last_audit_sequence      bigint NOT NULL DEFAULT 0,
    last_audit_hash          bytea,
    last_checkpoint_sequence bigint NOT NULL DEFAULT 0,
    client_schema            int,
    last_push_at             timestamptz,
    last_pull_change         bigint NOT NULL DEFAULT 0,
    last_pull_at             timestamptz
);

-- The change clock: one row, incremented inside the transaction that changes reference data. Its row lock is
-- held to commit, so change numbers become visible in commit order; a plain sequence (nextval) would let a
-- later number commit before an earlier one and a counter pulling in between would skip the earlier change
-- for ever. Counters' clocks are never used.
CREATE TABLE agency.change_clock (
    id    boolean PRIMARY KEY DEFAULT true CHECK (id),
    value bigint NOT NULL
);
INSERT INTO agency.change_clock VALUES (true, 0);

CREATE TABLE agency.persons (
    id_number  text PRIMARY KEY,
    name       text NOT NULL,
    sex        smallint NOT NULL CHECK (sex IN (1, 2)),
    birth_date date NOT NULL,
    change_seq bigint NOT NULL
);
CREATE INDEX persons_change_seq ON agency.persons (change_seq);

CREATE TABLE agency.cards (
    card_number         text PRIMARY KEY,
    id_number           text NOT NULL REFERENCES agency.persons (id_number),
    identification_code text NOT NULL DEFAULT '',
    status              text NOT NULL CHECK (status IN ('active', 'lost', 'cancelled', 'reissue-pending')),
    status_operation    uuid,
    status_terminal     text,
    status_changed_at   timestamptz,
    change_seq          bigint NOT NULL
);
CREATE INDEX cards_change_seq ON agency.cards (change_seq);
CREATE INDEX cards_id_number ON agency.cards (id_number);

CREATE TABLE agency.operators (
    operator_id  text PRIMARY KEY,
    display_name text NOT NULL,
    role         text NOT NULL CHECK (role IN ('clerk', 'teller', 'supervisor', 'administrator')),
    branch_id    text NOT NULL,
    disabled     boolean NOT NULL DEFAULT false,
    change_seq   bigint NOT NULL
);
CREATE INDEX operators_change_seq ON agency.operators (change_seq);

CREATE TABLE agency.region_profile (
    id         boolean PRIMARY KEY DEFAULT true CHECK (id),
    profile    jsonb NOT NULL,
    change_seq bigint NOT NULL
);

-- Every operation a counter pushed, applied or rejected, exactly once (the operation's UUID is the key).
CREATE TABLE agency.operations (
    operation_id      uuid PRIMARY KEY,
    terminal_id       text NOT NULL REFERENCES agency.counters (terminal_id),
    branch_id         text NOT NULL,
    sequence          bigint NOT NULL,
    service           text NOT NULL,
    success           boolean NOT NULL,
    card_number       text,
    payload_version   int NOT NULL,
    payload           jsonb NOT NULL,
    counter_time      text,        -- the counter's clock, informative only
    received_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    server_order      bigint GENERATED ALWAYS AS IDENTITY,
    outcome           text NOT NULL CHECK (outcome IN ('applied', 'rejected')),
    reason            text,
    conflict_with     uuid,        -- the operation that made this one impossible
    conflict_terminal text,
    UNIQUE (terminal_id, sequence)
);
CREATE INDEX operations_card ON agency.operations (card_number);
CREATE INDEX operations_rejected ON agency.operations (branch_id) WHERE outcome = 'rejected';

CREATE TABLE agency.audit_entries (
    terminal_id   text NOT NULL REFERENCES agency.counters (terminal_id),
    branch_id     text NOT NULL,
    sequence      bigint NOT NULL,
    canonical     bytea NOT NULL,
    previous_hash bytea NOT NULL,
    hash          bytea NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (terminal_id, sequence)
);

CREATE TABLE agency.checkpoints (
    terminal_id text NOT NULL REFERENCES agency.counters (terminal_id),
    branch_id   text NOT NULL,
    sequence    bigint NOT NULL,
    head_hash   bytea NOT NULL,
    signature   bytea NOT NULL,
    public_key  bytea NOT NULL,
    received_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (terminal_id, sequence)
);

-- Things a supervisor must look at that are not operations: sequence gaps, audit chain breaks.
CREATE TABLE agency.sync_issues (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    terminal_id text NOT NULL,
    branch_id   text NOT NULL,
    kind        text NOT NULL,
    detail      text NOT NULL,
    at          timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- The branch of the current login ('*' for agency staff, NULL when unknown). Uses session_user, so inside
-- a SECURITY DEFINER function it still names the counter that called.
CREATE FUNCTION agency.current_branch() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = agency, pg_temp AS $$
    SELECT CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN '*'
                ELSE (SELECT CASE WHEN kind = 'agency' THEN '*' ELSE branch_id END
                      FROM agency.principals WHERE db_role = session_user) END
$$;

-- Row-level security: a branch reads and writes only its own rows (superusers bypass it: agency IT tools).
ALTER TABLE agency.operations ENABLE ROW LEVEL SECURITY;
ALTER TABLE agency.operations FORCE ROW LEVEL SECURITY;
ALTER TABLE agency.audit_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE agency.audit_entries FORCE ROW LEVEL SECURITY;
ALTER TABLE agency.checkpoints ENABLE ROW LEVEL SECURITY;
ALTER TABLE agency.checkpoints FORCE ROW LEVEL SECURITY;
ALTER TABLE agency.sync_issues ENABLE ROW LEVEL SECURITY;
ALTER TABLE agency.sync_issues FORCE ROW LEVEL SECURITY;
ALTER TABLE agency.counters ENABLE ROW LEVEL SECURITY;
ALTER TABLE agency.counters FORCE ROW LEVEL SECURITY;
ALTER TABLE agency.operators ENABLE ROW LEVEL SECURITY;
ALTER TABLE agency.operators FORCE ROW LEVEL SECURITY;
CREATE POLICY own_branch ON agency.operations USING (agency.current_branch() IN ('*', branch_id));
CREATE POLICY own_branch ON agency.audit_entries USING (agency.current_branch() IN ('*', branch_id));
CREATE POLICY own_branch ON agency.checkpoints USING (agency.current_branch() IN ('*', branch_id));
CREATE POLICY own_branch ON agency.sync_issues USING (agency.current_branch() IN ('*', branch_id));
CREATE POLICY own_branch ON agency.counters USING (agency.current_branch() IN ('*', branch_id));
CREATE POLICY own_branch ON agency.operators USING (agency.current_branch() IN ('*', branch_id));

-- Rejected operations with their reasons and the operation they collided with: the supervisor's list.
CREATE VIEW agency.conflicts AS
SELECT o.operation_id, o.terminal_id, o.branch_id, o.sequence, o.service, o.card_number, o.reason,
       o.conflict_with, o.conflict_terminal, o.counter_time, o.received_at
FROM agency.operations o
WHERE o.outcome = 'rejected';

-- Per-counter state for `carddesk-admin agency status`: sequences, pull lag, dead letters.
CREATE VIEW agency.counter_status AS
SELECT c.terminal_id, c.branch_id, c.last_sequence, c.last_audit_sequence, c.last_checkpoint_sequence,
       c.client_schema, c.last_push_at, c.last_pull_change,
       (SELECT value FROM agency.change_clock) - c.last_pull_change AS pull_lag,
       c.last_pull_at,
       (SELECT count(*) FROM agency.operations o WHERE o.terminal_id = c.terminal_id AND o.outcome = 'rejected') AS rejected
FROM agency.counters c;

CREATE FUNCTION agency.schema_version() RETURNS int
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = agency, pg_temp AS $$
    SELECT coalesce(max(version), 0) FROM agency.schema_migrations
$$;

-- Checks that the login may act for this terminal and that its client schema is recent enough.
CREATE FUNCTION agency.bind_counter(p_terminal text, p_client_schema int, p_lock boolean)
RETURNS agency.counters
LANGUAGE plpgsql SECURITY DEFINER SET search_path = agency, pg_temp AS $$
DECLARE
    c agency.counters;
    v_min int;
BEGIN
    IF p_lock THEN
        SELECT * INTO c FROM agency.counters WHERE terminal_id = p_terminal FOR UPDATE;
    ELSE
        SELECT * INTO c FROM agency.counters WHERE terminal_id = p_terminal;
    END IF;
    IF NOT FOUND OR (c.db_role <> session_user
                     AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN
        RAISE EXCEPTION 'terminal % is not registered for database role %', p_terminal, session_user
            USING ERRCODE = '42501';
    END IF;
    SELECT value::int INTO v_min FROM agency.settings WHERE key = 'min_client_schema';
    IF p_client_schema < v_min THEN
        RAISE EXCEPTION 'schema-too-old: this counter speaks agency schema %, the agency database needs at least %',
            p_client_schema, v_min USING ERRCODE = 'CDS01';
    END IF;
    RETURN c;
END $$;

CREATE FUNCTION agency.next_change(p_count bigint DEFAULT 1) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = agency, pg_temp AS $$
    UPDATE agency.change_clock SET value = value + p_count RETURNING value
$$;

-- First call of a sync session: versions and the current end of the change sequence (for pull progress).
CREATE FUNCTION agency.hello(p_terminal text, p_client_schema int, p_pulled_change bigint DEFAULT NULL)
RETURNS TABLE (server_schema int, min_client_schema int, change_horizon bigint, branch_id text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = agency, pg_temp AS $$
DECLARE
    c agency.counters;
BEGIN
    SELECT * INTO c FROM agency.counters k WHERE k.terminal_id = p_terminal;
    IF NOT FOUND OR (c.db_role <> session_user
                     AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN
        RAISE EXCEPTION 'terminal % is not registered for database role %', p_terminal, session_user
            USING ERRCODE = '42501';
    END IF;
    -- What the counter has pulled so far: the pull lag in agency.counter_status.
    UPDATE agency.counters k SET client_schema = p_client_schema,
                                 last_pull_change = coalesce(p_pulled_change, k.last_pull_change),
                                 last_pull_at = CASE WHEN p_pulled_change IS NULL THEN k.last_pull_at
                                                     ELSE clock_timestamp() END
        WHERE k.terminal_id = p_terminal;
    RETURN QUERY SELECT agency.schema_version(),
                        (SELECT value::int FROM agency.settings WHERE key = 'min_client_schema'),
                        (SELECT value FROM agency.change_clock), c.branch_id;
END $$;

-- Applies a batch of operations of one counter, oldest first. Each operation is inserted on its UUID with
-- ON CONFLICT DO NOTHING in the same transaction as its effects; a retry gets the original result
-- (duplicate = true). Outcomes: applied, rejected (with a reason; kept as a conflict for the supervisor),
-- retry (not stored: a sequence gap before it; the counter keeps it queued).
CREATE FUNCTION agency.push_operations(p_terminal text, p_client_schema int, p_ops jsonb)
RETURNS TABLE (operation_id uuid, outcome text, reason text, duplicate boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = agency, pg_temp AS $$
DECLARE
    c agency.counters;
    op jsonb;
    pl jsonb;
    v_id uuid;
    v_seq bigint;
    v_service text;
    v_success boolean;
    v_card text;
    v_new_card text;
    v_outcome text;
    v_reason text;
    v_conflict uuid;
    v_conflict_terminal text;
    v_card_row agency.cards;
    v_existing agency.operations;
    v_blocked boolean := false;
    v_errtext text;
    v_changed text[] := ARRAY[]::text[];
    v_base bigint;
BEGIN
    c := agency.bind_counter(p_terminal, p_client_schema, true);
    -- Lock order, to rule out deadlocks between counters: this counter's row, then the cards whose status
    -- this batch may change (sorted), then (at the end) the change clock.
    PERFORM 1 FROM agency.cards k
        WHERE k.card_number IN (SELECT e.value -> 'payload' ->> 'cardNumber' FROM jsonb_array_elements(p_ops) e
                                WHERE e.value -> 'payload' ->> 'service' IN ('loss-report', 'reissue'))
        ORDER BY k.card_number FOR UPDATE;
    FOR op IN SELECT e.value FROM jsonb_array_elements(p_ops) e ORDER BY (e.value ->> 'sequence')::bigint LOOP
        v_id := (op ->> 'id')::uuid;
        v_seq := (op ->> 'sequence')::bigint;
        SELECT * INTO v_existing FROM agency.operations o WHERE o.operation_id = v_id;
        IF FOUND THEN
            IF v_existing.terminal_id <> p_terminal OR v_existing.sequence <> v_seq THEN
                RETURN QUERY SELECT v_id, 'rejected'::text, 'operation-id-reused'::text, false;
            ELSE
                RETURN QUERY SELECT v_id, v_existing.outcome, v_existing.reason, true;
            END IF;
            CONTINUE;
        END IF;
        IF v_blocked THEN
            RETURN QUERY SELECT v_id, 'retry'::text, 'after-sequence-gap'::text, false;
            CONTINUE;
        END IF;
        IF v_seq <= c.last_sequence THEN
            -- Another operation already holds this sequence number: the counter's numbering went wrong.
            INSERT INTO agency.sync_issues (terminal_id, branch_id, kind, detail)
                VALUES (p_terminal, c.branch_id, 'sequence-reused', format('operation %s reuses sequence %s', v_id, v_seq));
            RETURN QUERY SELECT v_id, 'rejected'::text, format('sequence-reused: %s is already taken', v_seq), false;
            CONTINUE;
        END IF;
        IF v_seq > c.last_sequence + 1 THEN
            INSERT INTO agency.sync_issues (terminal_id, branch_id, kind, detail)
                VALUES (p_terminal, c.branch_id, 'sequence-gap',
                        format('expected sequence %s, got %s', c.last_sequence + 1, v_seq));
            v_blocked := true;
            RETURN QUERY SELECT v_id, 'retry'::text, format('sequence-gap: expected %s', c.last_sequence + 1), false;
            CONTINUE;
        END IF;

        BEGIN
            pl := op -> 'payload';
            v_service := pl ->> 'service';
            v_success := coalesce((pl ->> 'success')::boolean, false);
            v_card := nullif(pl ->> 'cardNumber', '');
            v_outcome := 'applied';
            v_reason := NULL;
            v_conflict := NULL;
            v_conflict_terminal := NULL;
            IF v_service IS NULL THEN
                RAISE EXCEPTION 'the payload has no service';
            END IF;
            IF v_success AND v_card IS NOT NULL
               AND v_service IN ('loss-report', 'reissue', 'pin-reset', 'pin-change', 'pin-unblock') THEN
                -- Already locked above when this operation can change the card; a PIN operation only reads it.
                SELECT * INTO v_card_row FROM agency.cards k WHERE k.card_number = v_card;
                IF NOT FOUND THEN
                    IF v_service IN ('loss-report', 'reissue') THEN
                        v_outcome := 'rejected';
                        v_reason := 'unknown-card';
                    END IF;
                ELSIF v_card_row.status IN ('lost', 'cancelled')
                      AND NOT (v_service = 'reissue' AND v_card_row.status = 'lost') THEN
                    v_outcome := 'rejected';
                    v_reason := CASE
                        WHEN v_card_row.status = 'lost' AND v_service = 'loss-report' THEN 'card-already-reported-lost'
                        WHEN v_card_row.status = 'lost' THEN 'card-reported-lost'
                        ELSE 'card-cancelled' END;
                    v_conflict := v_card_row.status_operation;
                    v_conflict_terminal := v_card_row.status_terminal;
                ELSIF v_service = 'loss-report' THEN
                    UPDATE agency.cards k SET status = 'lost', status_operation = v_id, status_terminal = p_terminal,
                        status_changed_at = clock_timestamp()
                        WHERE k.card_number = v_card;
                    v_changed := v_changed || v_card;
                ELSIF v_service = 'reissue' THEN
                    UPDATE agency.cards k SET status = 'cancelled', status_operation = v_id, status_terminal = p_terminal,
                        status_changed_at = clock_timestamp()
                        WHERE k.card_number = v_card;
                    v_changed := v_changed || v_card;
                    v_new_card := nullif(pl -> 'details' ->> 'newCardNumber', '');
                    IF v_new_card IS NOT NULL THEN
                        INSERT INTO agency.cards (card_number, id_number, status, status_operation, status_terminal,
                                                  status_changed_at, change_seq)
                            VALUES (v_new_card, v_card_row.id_number, 'reissue-pending', v_id, p_terminal,
                                    clock_timestamp(), 0);
                        v_changed := v_changed || v_new_card;
                    END IF;
                END IF;
            END IF;
            INSERT INTO agency.operations (operation_id, terminal_id, branch_id, sequence, service, success, card_number,
                                           payload_version, payload, counter_time, outcome, reason, conflict_with,
                                           conflict_terminal)
                VALUES (v_id, p_terminal, c.branch_id, v_seq, v_service, v_success, v_card,
                        coalesce((op ->> 'payloadVersion')::int, 1), pl, op ->> 'createdUtc', v_outcome, v_reason,
                        v_conflict, v_conflict_terminal)
                ON CONFLICT ON CONSTRAINT operations_pkey DO NOTHING;
        EXCEPTION WHEN OTHERS THEN
            -- A malformed operation must not block the queue: it is stored as rejected, with the reason.
            GET STACKED DIAGNOSTICS v_errtext = MESSAGE_TEXT;
            v_outcome := 'rejected';
            v_reason := 'invalid-operation: ' || v_errtext;
            INSERT INTO agency.operations (operation_id, terminal_id, branch_id, sequence, service, success,
                                           payload_version, payload, outcome, reason)
                VALUES (v_id, p_terminal, c.branch_id, v_seq, coalesce(op -> 'payload' ->> 'service', '?'), false, 0,
                        coalesce(op, '{}'::jsonb), v_outcome, v_reason)
                ON CONFLICT ON CONSTRAINT operations_pkey DO NOTHING;
        END;
        c.last_sequence := v_seq;
        RETURN QUERY SELECT v_id, v_outcome, v_reason, false;
    END LOOP;
    UPDATE agency.counters k SET last_sequence = c.last_sequence, last_push_at = clock_timestamp()
        WHERE k.terminal_id = p_terminal;
    -- Change numbers last: the clock's row lock is then held only from here to the commit.
    IF cardinality(v_changed) > 0 THEN
        v_base := agency.next_change(cardinality(v_changed));
        UPDATE agency.cards k SET change_seq = v_base - cardinality(v_changed) + x.n
            FROM unnest(v_changed) WITH ORDINALITY AS x(card, n)
            WHERE k.card_number = x.card;
    END IF;
END $$;

-- Audit entries (base64 fields) and an optional checkpoint of one counter. The chain must continue where the
-- agency's copy ends: sequence + 1, previous hash = last hash, hash = SHA-256(previous || canonical).
-- Entries already held are skipped when identical. Returns the last sequence held and a status:
-- ok, gap, chain-broken, hash-mismatch, conflicting-entry, checkpoint-mismatch (recorded as sync issues).
CREATE FUNCTION agency.push_audit(p_terminal text, p_client_schema int, p_entries jsonb, p_checkpoint jsonb)
RETURNS TABLE (last_sequence bigint, accepted int, status text, reason text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = agency, pg_temp AS $$
DECLARE
    c agency.counters;
    e jsonb;
    v_seq bigint;
    v_canonical bytea;
    v_prev bytea;
    v_hash bytea;
    v_held bytea;
    v_accepted int := 0;
    v_status text := 'ok';
    v_reason text;
BEGIN
    c := agency.bind_counter(p_terminal, p_client_schema, true);
    FOR e IN SELECT x.value FROM jsonb_array_elements(coalesce(p_entries, '[]'::jsonb)) x
             ORDER BY (x.value ->> 'sequence')::bigint LOOP
        v_seq := (e ->> 'sequence')::bigint;
        v_canonical := decode(e ->> 'canonical', 'base64');
        v_prev := decode(e ->> 'previousHash', 'base64');
        v_hash := decode(e ->> 'hash', 'base64');
        IF v_seq <= c.last_audit_sequence THEN
            SELECT a.hash INTO v_held FROM agency.audit_entries a WHERE a.terminal_id = p_terminal AND a.sequence = v_seq;
            IF v_held IS DISTINCT FROM v_hash THEN
                v_status := 'conflicting-entry';
                v_reason := format('entry %s differs from the one the agency holds', v_seq);
                EXIT;
            END IF;
            CONTINUE;
        END IF;
        IF c.last_audit_hash IS NOT NULL AND v_seq <> c.last_audit_sequence + 1 THEN
            v_status := 'gap';
            v_reason := format('expected audit entry %s, got %s', c.last_audit_sequence + 1, v_seq);
            EXIT;
        END IF;
        IF c.last_audit_hash IS NOT NULL AND v_prev <> c.last_audit_hash THEN
            v_status := 'chain-broken';
            v_reason := format('entry %s does not continue the chain the agency holds', v_seq);
            EXIT;
        END IF;
        IF sha256(v_prev || v_canonical) <> v_hash THEN
            v_status := 'hash-mismatch';
            v_reason := format('entry %s: the hash does not match its contents', v_seq);
            EXIT;
        END IF;
        INSERT INTO agency.audit_entries (terminal_id, branch_id, sequence, canonical, previous_hash, hash)
            VALUES (p_terminal, c.branch_id, v_seq, v_canonical, v_prev, v_hash);
        c.last_audit_sequence := v_seq;
        c.last_audit_hash := v_hash;
        v_accepted := v_accepted + 1;
    END LOOP;
    IF v_status = 'ok' AND p_checkpoint IS NOT NULL AND p_checkpoint <> 'null'::jsonb THEN
        v_seq := (p_checkpoint ->> 'sequence')::bigint;
        v_hash := decode(p_checkpoint ->> 'headHash', 'base64');
        SELECT a.hash INTO v_held FROM agency.audit_entries a WHERE a.terminal_id = p_terminal AND a.sequence = v_seq;
        IF v_held IS NULL OR v_held <> v_hash THEN
            v_status := 'checkpoint-mismatch';
            v_reason := format('checkpoint at %s does not match the chain the agency holds', v_seq);
        ELSE
            INSERT INTO agency.checkpoints (terminal_id, branch_id, sequence, head_hash, signature, public_key)
                VALUES (p_terminal, c.branch_id, v_seq, v_hash, decode(p_checkpoint ->> 'signature', 'base64'),
                        decode(p_checkpoint ->> 'publicKey', 'base64'))
                ON CONFLICT DO NOTHING;
            c.last_checkpoint_sequence := greatest(c.last_checkpoint_sequence, v_seq);
        END IF;
    END IF;
    IF v_status <> 'ok' THEN
        INSERT INTO agency.sync_issues (terminal_id, branch_id, kind, detail) VALUES (p_terminal, c.branch_id, v_status, v_reason);
    END IF;
    UPDATE agency.counters k SET last_audit_sequence = c.last_audit_sequence, last_audit_hash = c.last_audit_hash,
        last_checkpoint_sequence = c.last_checkpoint_sequence
        WHERE k.terminal_id = p_terminal;
    RETURN QUERY SELECT c.last_audit_sequence, v_accepted, v_status, v_reason;
END $$;

-- Reference data changed after p_after, as ONE row per call: the page's last change number, the row count, and
-- the rows as text lines (newline-separated, tab-separated fields), so that a first full load of millions of
-- rows costs about what COPY costs. A page is the change numbers p_after+1 .. p_after+p_limit (each number
-- belongs to at most one row), cut at the clock's committed value: every number up to it is committed, so
-- nothing can appear behind the counter's cursor later. last_change = p_after means "nothing more".
--   P <seq> <id number> <name> <sex> <birth date>          person
--   C <seq> <card number> <holder id number> <identification code> <status>
--   O <seq> <login> <display name> <role> <branch> <disabled t|f>   operator of the caller's branch only (RLS)
--   R <seq> <region profile JSON>
CREATE FUNCTION agency.pull_changes(p_terminal text, p_client_schema int, p_after bigint, p_limit int)
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
    ) u;
END $$;

-- Valid resident ID check character (GB 11643-1999) of the first 17 digits.
CREATE FUNCTION agency.id_check_char(p17 text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT substr('10X98765432', ((
          substr(p17, 1, 1)::int * 7 + substr(p17, 2, 1)::int * 9 + substr(p17, 3, 1)::int * 10
        + substr(p17, 4, 1)::int * 5 + substr(p17, 5, 1)::int * 8 + substr(p17, 6, 1)::int * 4
        + substr(p17, 7, 1)::int * 2 + substr(p17, 8, 1)::int * 1 + substr(p17, 9, 1)::int * 6
        + substr(p17, 10, 1)::int * 3 + substr(p17, 11, 1)::int * 7 + substr(p17, 12, 1)::int * 9
        + substr(p17, 13, 1)::int * 10 + substr(p17, 14, 1)::int * 5 + substr(p17, 15, 1)::int * 8
        + substr(p17, 16, 1)::int * 4 + substr(p17, 17, 1)::int * 2) % 11) + 1, 1)
$$;

-- Synthetic, valid reference data for demos, tests and benchmarks (server-side INSERT ... SELECT: no
-- round trip per row). Persons with valid ID numbers and GB2312 (hence GBK-safe) names, one card each
-- (about 2% lost, 1% cancelled), three operators per branch, a region profile. Repeatable: numbering continues.
CREATE FUNCTION agency.seed_synthetic(p_persons int, p_branches text[] DEFAULT ARRAY['B001'])
RETURNS bigint
LANGUAGE plpgsql SET search_path = agency, pg_temp AS $$
DECLARE
    v_start int;
    v_clock bigint;
    v_surnames text[] := ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高',
                               '林','罗','郑','梁','谢','宋','唐','许','韩','冯','邓','曹','彭','曾','肖','田','董','袁'];
    v_given text[] := ARRAY['伟','芳','娜','秀','英','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超',
                            '兰','霞','平','刚','桂','华','建','国','文','红','玉','春','海','云','飞','志','宇','欣','雪'];
    v_areas text[] := ARRAY['110105','310104','440305','320102','510107','330106','420106','610113'];
    b text;
BEGIN
    SELECT value::int INTO v_start FROM agency.settings WHERE key = 'seed_next';
    v_clock := agency.next_change(2 * p_persons::bigint) - 2 * p_persons::bigint;
    INSERT INTO agency.persons (id_number, name, sex, birth_date, change_seq)
    SELECT x.p17 || agency.id_check_char(x.p17), x.name, x.sex, x.birth, v_clock + 2 * (x.k - v_start) + 1
    FROM (
        SELECT k,
               v_areas[1 + k % 8] || to_char(date '1950-01-01' + ((k / 8 / 499) * 7919) % 27000, 'YYYYMMDD')
                   || lpad((2 * ((k / 8) % 499) + 1 + (k % 2))::text, 3, '0') AS p17,
               CASE WHEN k % 2 = 0 THEN 1 ELSE 2 END AS sex,
               date '1950-01-01' + ((k / 8 / 499) * 7919) % 27000 AS birth,
               v_surnames[1 + (k * 7) % 36] || v_given[1 + (k * 13) % 38]
                   || CASE WHEN k % 3 = 0 THEN '' ELSE v_given[1 + (k * 31 / 5) % 38] END AS name
        FROM generate_series(v_start, v_start + p_persons - 1) AS k
    ) x;
    INSERT INTO agency.cards (card_number, id_number, identification_code, status, change_seq)
    SELECT chr(65 + (k % 26)::int) || lpad(k::text, 8, '0'),
           x.p17 || agency.id_check_char(x.p17),
           upper(substr(x.p17, 1, 6) || substr(md5(k::text), 1, 26)),
           CASE WHEN k % 100 IN (7, 53) THEN 'lost' WHEN k % 100 = 91 THEN 'cancelled' ELSE 'active' END,
           v_clock + 2 * (k - v_start) + 2
    FROM (
        SELECT k, v_areas[1 + k % 8] || to_char(date '1950-01-01' + ((k / 8 / 499) * 7919) % 27000, 'YYYYMMDD')
                   || lpad((2 * ((k / 8) % 499) + 1 + (k % 2))::text, 3, '0') AS p17
        FROM generate_series(v_start, v_start + p_persons - 1) AS k
    ) x;
    UPDATE agency.settings SET value = (v_start + p_persons)::text WHERE key = 'seed_next';
    FOREACH b IN ARRAY p_branches LOOP
        INSERT INTO agency.operators (operator_id, display_name, role, branch_id, change_seq)
        VALUES (lower(b) || '-clerk', '柜员' || b, 'clerk', b, agency.next_change()),
               (lower(b) || '-teller', '出纳' || b, 'teller', b, agency.next_change()),
               (lower(b) || '-supervisor', '主管' || b, 'supervisor', b, agency.next_change())
        ON CONFLICT (operator_id) DO NOTHING;
    END LOOP;
    INSERT INTO agency.region_profile (id, profile, change_seq)
    VALUES (true, jsonb_build_object('region', '440300', 'initialPin', '123456', 'pinTries', 3, 'minorAge', 16,
                                     'lossReportDeadlineDays', 10, 'reissueFeeYuan', 20), agency.next_change())
    ON CONFLICT (id) DO NOTHING;
    RETURN p_persons;
END $$;

-- Registers a counter (terminal) of a branch under a login role (created when missing; several counters of
-- a branch may share one role). Run by agency IT as a superuser; the password may be NULL (certificate login).
CREATE FUNCTION agency.add_counter(p_terminal text, p_branch text, p_role name, p_password text)
RETURNS void
LANGUAGE plpgsql SET search_path = agency, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_role) THEN
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN IN ROLE carddesk_counter', p_role);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    IF p_password IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_role, p_password);
    END IF;
    INSERT INTO agency.principals (db_role, kind, branch_id) VALUES (p_role, 'counter', p_branch)
        ON CONFLICT (db_role) DO NOTHING;
    INSERT INTO agency.counters (terminal_id, branch_id, db_role) VALUES (p_terminal, p_branch, p_role);
END $$;

CREATE FUNCTION agency.add_supervisor(p_role name, p_branch text, p_password text)
RETURNS void
LANGUAGE plpgsql SET search_path = agency, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_role) THEN
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN IN ROLE carddesk_supervisor', p_role);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    IF p_password IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_role, p_password);
    END IF;
    INSERT INTO agency.principals (db_role, kind, branch_id) VALUES (p_role, 'supervisor', p_branch)
        ON CONFLICT (db_role) DO UPDATE SET kind = 'supervisor', branch_id = excluded.branch_id;
END $$;

-- Privileges: nothing by default; counters may only call the four sync functions, supervisors read the
-- conflict list and the counters' state of their branch (row-level security filters both).
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA agency FROM PUBLIC;
GRANT EXECUTE ON FUNCTION agency.hello(text, int, bigint), agency.push_operations(text, int, jsonb),
    agency.push_audit(text, int, jsonb, jsonb), agency.pull_changes(text, int, bigint, int) TO carddesk_counter;
GRANT EXECUTE ON FUNCTION agency.current_branch() TO carddesk_counter, carddesk_supervisor;
GRANT SELECT ON agency.conflicts, agency.counter_status TO carddesk_supervisor;

RESET ROLE;
