CREATE SCHEMA "notify";
--> statement-breakpoint
CREATE SCHEMA "reconsideration";
--> statement-breakpoint
CREATE TABLE "notify"."outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"recipient_encrypted" text NOT NULL,
	"recipient_masked" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"region_code" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"delivered_to" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reconsideration"."case_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"next" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reconsideration"."cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_number" text NOT NULL,
	"tracking_code_hash" text NOT NULL,
	"state" text NOT NULL,
	"procedure" text DEFAULT 'ordinary' NOT NULL,
	"region_code" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"received_date" date NOT NULL,
	"postmark_date" date,
	"respondent_name" text NOT NULL,
	"respondent_credit_code" text,
	"contested_act" text NOT NULL,
	"act_date" date,
	"knew_date" date NOT NULL,
	"informed_of_right" boolean NOT NULL,
	"learned_of_right_date" date,
	"real_property" boolean DEFAULT false NOT NULL,
	"requests" text NOT NULL,
	"facts_and_reasons" text NOT NULL,
	"normative_document_review" text,
	"compensation_claim" text,
	"stop_execution_request" boolean DEFAULT false NOT NULL,
	"simplified_facts" jsonb NOT NULL,
	"late" boolean NOT NULL,
	"time_limit" jsonb NOT NULL,
	"clock" jsonb NOT NULL,
	"next_due_date" date,
	"handler_id" uuid,
	"decision" jsonb,
	"served_date" date,
	"service_method" text,
	"extended" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_case_number_unique" UNIQUE("case_number")
);
--> statement-breakpoint
CREATE TABLE "reconsideration"."documents" (
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
CREATE TABLE "reconsideration"."events" (
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
	"details" jsonb NOT NULL,
	"public" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reconsideration"."handler_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"former_units" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reconsideration"."hearings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"hearing_date" date NOT NULL,
	"location" text NOT NULL,
	"presiding" text NOT NULL,
	"officers" jsonb NOT NULL,
	"clerk" text NOT NULL,
	"notice_date" date NOT NULL,
	"record" text,
	"applicant_absent" boolean
);
--> statement-breakpoint
CREATE TABLE "reconsideration"."lawsuits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid,
	"region_code" text NOT NULL,
	"organ_name" text NOT NULL,
	"court" text NOT NULL,
	"court_case_number" text NOT NULL,
	"filed_date" date NOT NULL,
	"hearing_dates" jsonb NOT NULL,
	"outcome" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reconsideration"."parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"role" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"id_number_encrypted" text,
	"id_number_index" text,
	"id_number_masked" text,
	"credit_code" text,
	"legal_representative" text,
	"phone_encrypted" text,
	"phone_masked" text,
	"email" text,
	"address_encrypted" text,
	"represents_party_id" uuid,
	"mandate_document_id" uuid,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reconsideration"."publications" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"redacted_text" text NOT NULL,
	"respondent_name" text NOT NULL,
	"outcome" text NOT NULL,
	"year" integer NOT NULL,
	"region_code" text NOT NULL,
	"reviewed_by" text,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "reconsideration"."documents" ADD CONSTRAINT "documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "reconsideration"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reconsideration"."events" ADD CONSTRAINT "events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "reconsideration"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reconsideration"."hearings" ADD CONSTRAINT "hearings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "reconsideration"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reconsideration"."lawsuits" ADD CONSTRAINT "lawsuits_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "reconsideration"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reconsideration"."parties" ADD CONSTRAINT "parties_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "reconsideration"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reconsideration"."publications" ADD CONSTRAINT "publications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "reconsideration"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "notify"."outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_entity_idx" ON "notify"."outbox" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "cases_region_idx" ON "reconsideration"."cases" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "cases_handler_due_idx" ON "reconsideration"."cases" USING btree ("handler_id","next_due_date");--> statement-breakpoint
CREATE INDEX "cases_state_due_idx" ON "reconsideration"."cases" USING btree ("state","next_due_date");--> statement-breakpoint
CREATE INDEX "documents_case_idx" ON "reconsideration"."documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "events_case_idx" ON "reconsideration"."events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "lawsuits_region_idx" ON "reconsideration"."lawsuits" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "parties_case_idx" ON "reconsideration"."parties" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "parties_id_index_idx" ON "reconsideration"."parties" USING btree ("id_number_index");--> statement-breakpoint
CREATE INDEX "publications_search_idx" ON "reconsideration"."publications" USING btree ("status","year");