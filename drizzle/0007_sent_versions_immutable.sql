-- What was sent to DVV and what DVV decided are records: a sent version, a decision and the case history are
-- never changed or removed (a correction is a new version or a new event).
CREATE FUNCTION handling_record_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is immutable (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER application_version_immutable BEFORE UPDATE OR DELETE ON application_version
  FOR EACH ROW EXECUTE FUNCTION handling_record_immutable();--> statement-breakpoint
CREATE TRIGGER decision_immutable BEFORE UPDATE OR DELETE ON decision
  FOR EACH ROW EXECUTE FUNCTION handling_record_immutable();--> statement-breakpoint
CREATE TRIGGER application_event_immutable BEFORE UPDATE OR DELETE ON application_event
  FOR EACH ROW EXECUTE FUNCTION handling_record_immutable();
