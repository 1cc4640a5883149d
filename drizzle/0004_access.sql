CREATE TABLE "api_credential" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"permit_id" uuid NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "connection" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"permit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"environment" text NOT NULL,
	"xroad_client" text,
	"certificate_sha256" text,
	"certificate_subject" text,
	"certificate_issuer" text,
	"certificate_not_before" timestamp with time zone,
	"certificate_not_after" timestamp with time zone,
	"state" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "permit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"interface" text NOT NULL,
	"state" text NOT NULL,
	"data_groups" text[] NOT NULL,
	"turvakielto" boolean NOT NULL,
	"selection" json NOT NULL,
	"products" text[] NOT NULL,
	"framework" boolean NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "permit_end_customer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"permit_id" uuid NOT NULL,
	"business_id" text NOT NULL,
	"name" text NOT NULL,
	"data_groups" text[] NOT NULL,
	"turvakielto" boolean NOT NULL,
	"approved" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_window" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rate_limit_window_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"business_id" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "organisation_business_id_unique" UNIQUE("business_id")
);
--> statement-breakpoint
ALTER TABLE "api_credential" ADD CONSTRAINT "api_credential_permit_id_permit_id_fk" FOREIGN KEY ("permit_id") REFERENCES "public"."permit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connection" ADD CONSTRAINT "connection_permit_id_permit_id_fk" FOREIGN KEY ("permit_id") REFERENCES "public"."permit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permit" ADD CONSTRAINT "permit_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permit_end_customer" ADD CONSTRAINT "permit_end_customer_permit_id_permit_id_fk" FOREIGN KEY ("permit_id") REFERENCES "public"."permit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_credential_username_idx" ON "api_credential" USING btree ("username");--> statement-breakpoint
CREATE INDEX "api_credential_permit_id_idx" ON "api_credential" USING btree ("permit_id");--> statement-breakpoint
CREATE INDEX "connection_permit_id_idx" ON "connection" USING btree ("permit_id");--> statement-breakpoint
CREATE INDEX "connection_xroad_client_idx" ON "connection" USING btree ("xroad_client");--> statement-breakpoint
CREATE INDEX "connection_certificate_sha256_idx" ON "connection" USING btree ("certificate_sha256");--> statement-breakpoint
CREATE INDEX "permit_organisation_id_idx" ON "permit" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "permit_end_customer_permit_id_idx" ON "permit_end_customer" USING btree ("permit_id","business_id");