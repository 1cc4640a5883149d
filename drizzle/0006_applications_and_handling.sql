CREATE SEQUENCE "public"."application_reference_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "application" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text,
	"organisation_id" uuid NOT NULL,
	"prepared_by_organisation_id" uuid,
	"form" text NOT NULL,
	"form_version" integer NOT NULL,
	"kind" text NOT NULL,
	"parent_permit_id" uuid,
	"related_application_id" uuid,
	"state" text NOT NULL,
	"content" json NOT NULL,
	"revision" integer NOT NULL,
	"language" text NOT NULL,
	"assigned_to" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	CONSTRAINT "application_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "application_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" uuid,
	"type" text NOT NULL,
	"internal" boolean NOT NULL,
	"data" json NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"content" json NOT NULL,
	"attachments" json NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"info_request_id" uuid,
	"field" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "decision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"data" json NOT NULL,
	"language" text NOT NULL,
	"document" "bytea" NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "decision_application_id_unique" UNIQUE("application_id")
);
--> statement-breakpoint
CREATE TABLE "info_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"message" text NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "staff_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "staff_session_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "staff_user" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider" text NOT NULL,
	"subject" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"last_login_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "permit" ADD COLUMN "application_id" uuid;--> statement-breakpoint
ALTER TABLE "permit" ADD COLUMN "supersedes_permit_id" uuid;--> statement-breakpoint
ALTER TABLE "permit" ADD COLUMN "terms_deadline" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "permit" ADD COLUMN "terms_accepted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "permit" ADD COLUMN "terms_accepted_by" uuid;--> statement-breakpoint
ALTER TABLE "permit" ADD COLUMN "revocation_reason" text;--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_prepared_by_organisation_id_organisation_id_fk" FOREIGN KEY ("prepared_by_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_assigned_to_staff_user_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_event" ADD CONSTRAINT "application_event_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_version" ADD CONSTRAINT "application_version_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_version" ADD CONSTRAINT "application_version_submitted_by_app_user_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_uploaded_by_app_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_decided_by_staff_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_request" ADD CONSTRAINT "info_request_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_request" ADD CONSTRAINT "info_request_created_by_staff_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_request" ADD CONSTRAINT "info_request_answered_by_app_user_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_session" ADD CONSTRAINT "staff_session_staff_user_id_staff_user_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_organisation_id_idx" ON "application" USING btree ("organisation_id","updated_at");--> statement-breakpoint
CREATE INDEX "application_prepared_by_idx" ON "application" USING btree ("prepared_by_organisation_id");--> statement-breakpoint
CREATE INDEX "application_state_idx" ON "application" USING btree ("state","submitted_at");--> statement-breakpoint
CREATE INDEX "application_assigned_to_idx" ON "application" USING btree ("assigned_to");--> statement-breakpoint
CREATE INDEX "application_created_by_idx" ON "application" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "application_event_application_id_idx" ON "application_event" USING btree ("application_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "application_version_number_idx" ON "application_version" USING btree ("application_id","number");--> statement-breakpoint
CREATE INDEX "attachment_application_id_idx" ON "attachment" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "attachment_uploaded_by_idx" ON "attachment" USING btree ("uploaded_by");--> statement-breakpoint
CREATE INDEX "decision_decided_by_idx" ON "decision" USING btree ("decided_by");--> statement-breakpoint
CREATE INDEX "info_request_application_id_idx" ON "info_request" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "info_request_created_by_idx" ON "info_request" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "info_request_answered_by_idx" ON "info_request" USING btree ("answered_by");--> statement-breakpoint
CREATE INDEX "staff_session_staff_user_id_idx" ON "staff_session" USING btree ("staff_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_user_subject_idx" ON "staff_user" USING btree ("provider","subject");--> statement-breakpoint
CREATE INDEX "permit_application_id_idx" ON "permit" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "permit_state_idx" ON "permit" USING btree ("state","valid_until");