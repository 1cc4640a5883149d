-- The disclosure log is append-only (DESIGN invariant 4): UPDATE and TRUNCATE are always refused.
-- DELETE is refused too, except for retention, which must be able to remove entries older than five years
-- while the chain stays verifiable. We chose a transaction-local switch plus a checkpoint over a privileged
-- role or partition dropping, because it keeps one owner, works the same on PGlite and PostgreSQL, and
-- lets the database itself refuse a delete that would break the chain or remove a young entry. A row may be
-- deleted only when ALL of these hold:
--   1. the transaction said SET LOCAL tietolupa.retention = 'on' (only pruneDisclosures does);
--   2. a checkpoint (seq and hash of the last removed entry) already covers the row, so verification can
--      start from the checkpoint instead of the genesis hash;
--   3. the row was disclosed more than five years before the DATABASE's clock: a floor that no
--      application clock or retention parameter can lower.
-- These triggers stop mistakes and application bugs; the table owner can still disable them, which is
-- what the hash chain (and the head row) are there to expose.
CREATE FUNCTION disclosure_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF current_setting('tietolupa.retention', true) = 'on'
       AND OLD.disclosed_at < now() - interval '5 years'
       AND OLD.seq <= (SELECT max(seq) FROM disclosure_checkpoint) THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'disclosure is append-only (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER disclosure_no_update_delete BEFORE UPDATE OR DELETE ON disclosure
  FOR EACH ROW EXECUTE FUNCTION disclosure_append_only();--> statement-breakpoint
CREATE TRIGGER disclosure_no_truncate BEFORE TRUNCATE ON disclosure
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_append_only();--> statement-breakpoint

-- Checkpoints are insert-only, move forward, and always name an entry that exists with that hash.
CREATE FUNCTION disclosure_checkpoint_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.seq <= coalesce((SELECT max(seq) FROM disclosure_checkpoint), 0) THEN
      RAISE EXCEPTION 'disclosure_checkpoint must move forward' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM disclosure WHERE seq = NEW.seq AND hash = NEW.hash) THEN
      RAISE EXCEPTION 'disclosure_checkpoint must name an existing entry' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'disclosure_checkpoint is append-only (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER disclosure_checkpoint_guard BEFORE INSERT OR UPDATE OR DELETE ON disclosure_checkpoint
  FOR EACH ROW EXECUTE FUNCTION disclosure_checkpoint_guard();--> statement-breakpoint
CREATE TRIGGER disclosure_checkpoint_no_truncate BEFORE TRUNCATE ON disclosure_checkpoint
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_checkpoint_guard();--> statement-breakpoint

-- The head only ever advances by one entry, to an entry that exists with that hash; it is never removed.
CREATE FUNCTION disclosure_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
    IF TG_OP = 'UPDATE' THEN
      IF NEW.seq <> OLD.seq + 1 THEN
        RAISE EXCEPTION 'disclosure_head must advance by one entry' USING ERRCODE = 'check_violation';
      END IF;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM disclosure WHERE seq = NEW.seq AND hash = NEW.hash) THEN
      RAISE EXCEPTION 'disclosure_head must name an existing entry' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'disclosure_head cannot be removed (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER disclosure_head_guard BEFORE INSERT OR UPDATE OR DELETE ON disclosure_head
  FOR EACH ROW EXECUTE FUNCTION disclosure_head_guard();--> statement-breakpoint
CREATE TRIGGER disclosure_head_no_truncate BEFORE TRUNCATE ON disclosure_head
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_head_guard();
