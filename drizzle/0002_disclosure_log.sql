CREATE TABLE "disclosure" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"disclosed_at" timestamp with time zone NOT NULL,
	"permit_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"connection_id" text,
	"end_user" text,
	"end_customer" text,
	"interface" text NOT NULL,
	"operation" text NOT NULL,
	"hetus" text[] NOT NULL,
	"data_groups" text[] NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "disclosure_interface_check" CHECK ("disclosure"."interface" IN ('muutosrajapinta', 'vtjkysely'))
);
--> statement-breakpoint
CREATE TABLE "disclosure_checkpoint" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"horizon" timestamp with time zone NOT NULL,
	"removed" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disclosure_head" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "disclosure_head_single_row" CHECK ("disclosure_head"."id")
);
--> statement-breakpoint
CREATE INDEX "disclosure_hetus_idx" ON "disclosure" USING gin ("hetus");--> statement-breakpoint
CREATE INDEX "disclosure_organisation_idx" ON "disclosure" USING btree ("organisation_id","seq");--> statement-breakpoint
CREATE INDEX "disclosure_disclosed_at_idx" ON "disclosure" USING btree ("disclosed_at");