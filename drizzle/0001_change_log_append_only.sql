-- The change log is append-only: no row is ever updated or removed, so a cursor never loses a change.
CREATE FUNCTION person_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'person_change is append-only (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER person_change_no_update_delete BEFORE UPDATE OR DELETE ON person_change
  FOR EACH ROW EXECUTE FUNCTION person_change_append_only();--> statement-breakpoint
CREATE TRIGGER person_change_no_truncate BEFORE TRUNCATE ON person_change
  FOR EACH STATEMENT EXECUTE FUNCTION person_change_append_only();
--> statement-breakpoint
-- Records are a few kilobytes and are TOAST-compressed; lz4 compresses several times faster than the default
-- pglz (bulk loads are bound by it). An engine built without lz4 keeps pglz.
DO $$
BEGIN
  ALTER TABLE person ALTER COLUMN groups SET COMPRESSION lz4;
  ALTER TABLE person_change ALTER COLUMN tietoryhmat SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
  NULL;
END $$;
