CREATE SCHEMA "notarization";
--> statement-breakpoint
CREATE TABLE "notarization"."cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_number" text NOT NULL,
	"office_code" text NOT NULL,
	"region_code" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"matter_type" text NOT NULL,
	"state" text NOT NULL,
	"channel" text NOT NULL,
	"applied_date" date NOT NULL,
	"accepted_date" date,
	"purpose" text NOT NULL,
	"use_country" text,
	"jurisdiction" jsonb NOT NULL,
	"jurisdiction_ground" text NOT NULL,
	"appeared_in_person" boolean DEFAULT false NOT NULL,
	"legal_aid" boolean DEFAULT false NOT NULL,
	"legal_aid_reference" text,
	"fee" jsonb NOT NULL,
	"told_record" jsonb,
	"supplement_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"outcome" jsonb,
	"certified_facts" text,
	"notary_id" uuid,
	"approver_id" uuid,
	"re_examiner_id" uuid,
	"clock" jsonb NOT NULL,
	"next_due_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_case_number_unique" UNIQUE("case_number")
);
--> statement-breakpoint
CREATE TABLE "notarization"."certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"number" text NOT NULL,
	"office_code" text NOT NULL,
	"office_name" text NOT NULL,
	"region_code" text NOT NULL,
	"matter_type" text NOT NULL,
	"issue_date" date NOT NULL,
	"status" text NOT NULL,
	"entry" "bytea" NOT NULL,
	"ledger_index" bigint NOT NULL,
	"document_id" uuid NOT NULL,
	"document_sha256" text NOT NULL,
	"qr_document_id" uuid NOT NULL,
	"amendment_index" bigint,
	"amended_date" date,
	CONSTRAINT "certificates_case_id_unique" UNIQUE("case_id"),
	CONSTRAINT "certificates_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "notarization"."counters" (
	"key" text PRIMARY KEY NOT NULL,
	"next" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notarization"."documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"generated" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "notarization"."events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"on_date" date NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"note" text,
	"details" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notarization"."notary_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"relatives" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notarization"."parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"id_number_encrypted" text,
	"id_number_index" text,
	"id_number_masked" text,
	"phone_encrypted" text,
	"phone_masked" text,
	"position" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notarization"."certificates" ADD CONSTRAINT "certificates_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "notarization"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notarization"."documents" ADD CONSTRAINT "documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "notarization"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notarization"."events" ADD CONSTRAINT "events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "notarization"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notarization"."parties" ADD CONSTRAINT "parties_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "notarization"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_region_idx" ON "notarization"."cases" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "cases_notary_due_idx" ON "notarization"."cases" USING btree ("notary_id","next_due_date","applied_date" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_due_region_idx" ON "notarization"."cases" USING btree ("next_due_date","region_code" text_pattern_ops) WHERE "notarization"."cases"."next_due_date" is not null;--> statement-breakpoint
CREATE INDEX "cases_office_applied_idx" ON "notarization"."cases" USING btree ("office_code","applied_date");--> statement-breakpoint
CREATE INDEX "certificates_sha_idx" ON "notarization"."certificates" USING btree ("document_sha256");--> statement-breakpoint
CREATE INDEX "documents_case_idx" ON "notarization"."documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "events_case_idx" ON "notarization"."events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "parties_case_idx" ON "notarization"."parties" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "parties_id_index_idx" ON "notarization"."parties" USING btree ("id_number_index");