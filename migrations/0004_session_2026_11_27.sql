CREATE SCHEMA "access";
--> statement-breakpoint
CREATE SCHEMA "knowledge";
--> statement-breakpoint
CREATE SCHEMA "legal_aid";
--> statement-breakpoint
CREATE SCHEMA "mediation";
--> statement-breakpoint
CREATE SCHEMA "persons";
--> statement-breakpoint
CREATE SCHEMA "regulations";
--> statement-breakpoint
CREATE TABLE "access"."access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"id_number_index" text NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"module" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"region_code" text,
	"purpose" text NOT NULL,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "knowledge"."citations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_article_id" text NOT NULL,
	"from_version_id" uuid NOT NULL,
	"from_work_key" text NOT NULL,
	"kind" text NOT NULL,
	"target_name" text,
	"article_number" integer,
	"article_suffix" integer DEFAULT 0 NOT NULL,
	"paragraph" integer,
	"item" integer,
	"to_work_key" text,
	"to_version_id" uuid,
	"to_article_id" text,
	"resolved" boolean NOT NULL,
	"raw" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge"."impact_alert_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"alert_id" uuid NOT NULL,
	"change" text NOT NULL,
	"target_article_id" text,
	"target_label" text,
	"new_article_id" text,
	"citing_article_id" text NOT NULL,
	"citing_version_id" uuid NOT NULL,
	"citing_version_key" text NOT NULL,
	"citing_title" text NOT NULL,
	"raw" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge"."impact_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"work_key" text NOT NULL,
	"work_title" text NOT NULL,
	"version_id" uuid NOT NULL,
	"version_key" text NOT NULL,
	"previous_version_id" uuid NOT NULL,
	"previous_version_key" text NOT NULL,
	"changed_articles" integer NOT NULL,
	"added_articles" integer NOT NULL,
	"removed_articles" integer NOT NULL,
	"renumbered_articles" integer NOT NULL,
	"citing_documents" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge"."processed_versions" (
	"version_id" uuid PRIMARY KEY NOT NULL,
	"citations" integer NOT NULL,
	"term_links" integer NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge"."term_definitions" (
	"term_id" uuid NOT NULL,
	"article_id" text NOT NULL,
	"version_id" uuid NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "term_definitions_term_id_article_id_pk" PRIMARY KEY("term_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "knowledge"."term_links" (
	"term_id" uuid NOT NULL,
	"article_id" text NOT NULL,
	"version_id" uuid NOT NULL,
	"defines" boolean DEFAULT false NOT NULL,
	CONSTRAINT "term_links_term_id_article_id_pk" PRIMARY KEY("term_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "knowledge"."term_relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"term_id" uuid NOT NULL,
	"related_term_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge"."terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"term" text NOT NULL,
	"source" text NOT NULL,
	"frequency" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "terms_term_unique" UNIQUE("term")
);
--> statement-breakpoint
CREATE TABLE "knowledge"."vocabulary" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"phrase" text NOT NULL,
	"terms" jsonb NOT NULL,
	"weight" real NOT NULL,
	"basis" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vocabulary_phrase_unique" UNIQUE("phrase")
);
--> statement-breakpoint
CREATE TABLE "knowledge"."vocabulary_seed" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"seeded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_aid"."cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_number" text NOT NULL,
	"tracking_code_hash" text NOT NULL,
	"centre_code" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"state" text NOT NULL,
	"source" text NOT NULL,
	"category" text NOT NULL,
	"civil_matter" text,
	"mandatory_ground" text,
	"gravest" boolean DEFAULT false NOT NULL,
	"matter_summary" text NOT NULL,
	"place" jsonb NOT NULL,
	"received_date" date NOT NULL,
	"facts" jsonb,
	"eligibility" jsonb,
	"eligibility_override" jsonb,
	"detention" jsonb,
	"notice" jsonb,
	"missing_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decision" jsonb,
	"lawyer_id" uuid,
	"assigned_on" date,
	"termination" jsonb,
	"objection" jsonb,
	"objection_against" text,
	"closing" jsonb,
	"subsidy" jsonb,
	"clock" jsonb NOT NULL,
	"next_due_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_case_number_unique" UNIQUE("case_number")
);
--> statement-breakpoint
CREATE TABLE "legal_aid"."counters" (
	"key" text PRIMARY KEY NOT NULL,
	"next" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_aid"."documents" (
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
CREATE TABLE "legal_aid"."duty_consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"station_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"lawyer_id" uuid NOT NULL,
	"on_date" date NOT NULL,
	"kind" text NOT NULL,
	"person_name" text NOT NULL,
	"id_number_encrypted" text,
	"id_number_index" text,
	"id_number_masked" text,
	"summary" text NOT NULL,
	"referred" boolean DEFAULT false NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_aid"."duty_shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"station_id" uuid NOT NULL,
	"on_date" date NOT NULL,
	"lawyer_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_aid"."duty_stations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"address" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_aid"."events" (
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
CREATE TABLE "legal_aid"."lawyers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"firm" text NOT NULL,
	"licence_number" text NOT NULL,
	"practice_since" date NOT NULL,
	"specialties" jsonb NOT NULL,
	"contact_phone" text,
	"active" boolean DEFAULT true NOT NULL,
	"last_assigned_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lawyers_licence_number_unique" UNIQUE("licence_number")
);
--> statement-breakpoint
CREATE TABLE "legal_aid"."parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"role" text NOT NULL,
	"relation" text,
	"name" text NOT NULL,
	"id_number_encrypted" text,
	"id_number_index" text,
	"id_number_masked" text,
	"phone_encrypted" text,
	"phone_masked" text,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_aid"."quality_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"lawyer_id" uuid,
	"reviewer_id" uuid NOT NULL,
	"reviewer_name" text NOT NULL,
	"items" jsonb NOT NULL,
	"total" integer NOT NULL,
	"grade" text NOT NULL,
	"comment" text,
	"reviewed_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quality_reviews_case_id_unique" UNIQUE("case_id")
);
--> statement-breakpoint
CREATE TABLE "legal_aid"."service_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"on_date" date NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_aid"."surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"lawyer_id" uuid,
	"token_hash" text NOT NULL,
	"token_encrypted" text NOT NULL,
	"created_on" date NOT NULL,
	"answered_at" timestamp with time zone,
	"ratings" jsonb,
	"score" real,
	"comment" text,
	CONSTRAINT "surveys_case_id_unique" UNIQUE("case_id"),
	CONSTRAINT "surveys_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "mediation"."agreements" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"facts" text NOT NULL,
	"issues" text NOT NULL,
	"responsibilities" text NOT NULL,
	"content" text NOT NULL,
	"performance_manner" text NOT NULL,
	"performance_deadline" date,
	"reached_on" date NOT NULL,
	"effective_on" date,
	"signatures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mediator_signed_on" date,
	"sealed_on" date
);
--> statement-breakpoint
CREATE TABLE "mediation"."cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_number" text NOT NULL,
	"tracking_code_hash" text NOT NULL,
	"channel" text NOT NULL,
	"referral" jsonb,
	"dispute_type" text NOT NULL,
	"place_code" text NOT NULL,
	"committee_id" uuid NOT NULL,
	"first_committee_id" uuid NOT NULL,
	"transfer_count" integer DEFAULT 0 NOT NULL,
	"mediator_id" uuid,
	"region_code" text NOT NULL,
	"state" text NOT NULL,
	"applied_date" date NOT NULL,
	"facts" text NOT NULL,
	"claims" text NOT NULL,
	"amount_yuan" integer,
	"outcome" jsonb,
	"agreement_kind" text,
	"settled_date" date,
	"subsidy_yuan" integer,
	"confirmation" jsonb,
	"risk_level" text,
	"risk" jsonb,
	"clock" jsonb NOT NULL,
	"next_due_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_case_number_unique" UNIQUE("case_number")
);
--> statement-breakpoint
CREATE TABLE "mediation"."committee_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"committee_id" uuid NOT NULL,
	"name" text NOT NULL,
	"sex" text NOT NULL,
	"post" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation"."committees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"level" text NOT NULL,
	"region_code" text NOT NULL,
	"industry_types" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"address" text,
	"phone" text,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committees_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "mediation"."counters" (
	"key" text PRIMARY KEY NOT NULL,
	"next" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation"."documents" (
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
CREATE TABLE "mediation"."events" (
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
CREATE TABLE "mediation"."follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"method" text NOT NULL,
	"performance" text NOT NULL,
	"note" text,
	"recorded_by" text
);
--> statement-breakpoint
CREATE TABLE "mediation"."mediators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"committee_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"sex" text NOT NULL,
	"kind" text NOT NULL,
	"specialties" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"phone_encrypted" text,
	"phone_masked" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mediators_user_id_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "mediation"."parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"role" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"id_number_encrypted" text,
	"id_number_index" text,
	"id_number_masked" text,
	"credit_code" text,
	"phone_encrypted" text,
	"phone_masked" text,
	"address_encrypted" text,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation"."sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"participants" jsonb NOT NULL,
	"notes" text NOT NULL,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation"."subsidy_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"dispute_type" text NOT NULL,
	"amount_yuan" integer NOT NULL,
	"valid_from" date NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subsidy_rates_key" UNIQUE("region_code","dispute_type","valid_from")
);
--> statement-breakpoint
CREATE TABLE "notarization"."payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"method" text NOT NULL,
	"receipt_number" text NOT NULL,
	"on_date" date NOT NULL,
	"fault" text,
	"reason" text,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_amount_positive" CHECK ("notarization"."payments"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "persons"."citizen_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"id_number_index" text NOT NULL,
	"person_id" uuid,
	"method" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons"."one_time_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"issued_by" uuid NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "persons"."organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"credit_code" text NOT NULL,
	"name" text NOT NULL,
	"legal_representative" text,
	"region_code" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_credit_code_unique" UNIQUE("credit_code")
);
--> statement-breakpoint
CREATE TABLE "persons"."persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"id_number_encrypted" text NOT NULL,
	"id_number_index" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"name" text NOT NULL,
	"sex" text NOT NULL,
	"phone_encrypted" text,
	"phone_masked" text,
	"region_code" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_id_number_index_unique" UNIQUE("id_number_index")
);
--> statement-breakpoint
CREATE TABLE "persons"."verification_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"id_number_index" text NOT NULL,
	"client_key" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regulations"."articles" (
	"id" text PRIMARY KEY NOT NULL,
	"version_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"kind" text DEFAULT 'article' NOT NULL,
	"number" integer NOT NULL,
	"suffix" integer DEFAULT 0 NOT NULL,
	"label" text NOT NULL,
	"path" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regulations"."import_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"origin" text NOT NULL,
	"started_by" text,
	"state" text NOT NULL,
	"phase" text DEFAULT 'parsing' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"added" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"failures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "regulations"."versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"work_id" uuid NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"level" text NOT NULL,
	"issuing_body" text,
	"document_number" text,
	"promulgated_on" date,
	"effective_on" date,
	"repealed" boolean DEFAULT false NOT NULL,
	"repealed_on" date,
	"status" text NOT NULL,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"preamble" text,
	"appendix" text,
	"source" text NOT NULL,
	"content_hash" text NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"article_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "versions_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "regulations"."works" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"level" text NOT NULL,
	"issuing_body" text,
	"category" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "works_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "regulations"."search_entries" (
	"version_id" uuid PRIMARY KEY NOT NULL,
	"articles" integer NOT NULL,
	"tokens" integer NOT NULL,
	"entries" text NOT NULL,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regulations"."search_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"generation" integer NOT NULL,
	"articles" integer NOT NULL,
	"terms" integer NOT NULL,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regulations"."search_terms" (
	"term" text PRIMARY KEY NOT NULL,
	"id" integer NOT NULL,
	"df" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regulations"."cleanup_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"region_code" text NOT NULL,
	"started_on" date NOT NULL,
	"state" text NOT NULL,
	"closed_on" date,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regulations"."cleanup_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"filing_id" uuid NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decision" text,
	"decision_reason" text,
	"decided_by" text,
	"decided_on" date
);
--> statement-breakpoint
CREATE TABLE "regulations"."filing_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"filing_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"ordinal" integer NOT NULL,
	"item" text NOT NULL,
	"requested_on" date NOT NULL,
	"response" text,
	"responded_on" date,
	"state" text NOT NULL,
	"closed_on" date
);
--> statement-breakpoint
CREATE TABLE "regulations"."filing_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"next" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regulations"."documents" (
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
CREATE TABLE "regulations"."events" (
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
CREATE TABLE "regulations"."filing_settings" (
	"id" integer PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "regulations"."filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_number" text NOT NULL,
	"origin" text NOT NULL,
	"state" text NOT NULL,
	"clock" jsonb NOT NULL,
	"next_due_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"region_code" text NOT NULL,
	"organization_id" uuid,
	"filer_id" uuid,
	"filer_name" text,
	"title" text NOT NULL,
	"issuing_body" text,
	"document_number" text,
	"published_on" date,
	"effective_on" date,
	"valid_until" date,
	"filed_on" date NOT NULL,
	"filing_due_date" date,
	"filed_late" boolean DEFAULT false NOT NULL,
	"text" text,
	"superior_laws" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reconsideration_case_id" uuid,
	"reconsideration_case_number" text,
	"request_reason" text,
	"subject_filing_id" uuid,
	"outcome" jsonb,
	"library_version_id" uuid,
	"library_version_key" text,
	"published_to_library_on" date,
	"repealed_on" date,
	"repeal_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "filings_case_number_unique" UNIQUE("case_number")
);
--> statement-breakpoint
ALTER TABLE "notarization"."cases" ADD COLUMN "tracking_code_index" text;--> statement-breakpoint
ALTER TABLE "notarization"."certificates" ADD COLUMN "revocation_ground" text;--> statement-breakpoint
ALTER TABLE "notarization"."events" ADD COLUMN "public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "knowledge"."impact_alert_items" ADD CONSTRAINT "impact_alert_items_alert_id_impact_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "knowledge"."impact_alerts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge"."term_definitions" ADD CONSTRAINT "term_definitions_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "knowledge"."terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge"."term_links" ADD CONSTRAINT "term_links_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "knowledge"."terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge"."term_relations" ADD CONSTRAINT "term_relations_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "knowledge"."terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge"."term_relations" ADD CONSTRAINT "term_relations_related_term_id_terms_id_fk" FOREIGN KEY ("related_term_id") REFERENCES "knowledge"."terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid"."cases" ADD CONSTRAINT "cases_lawyer_id_lawyers_id_fk" FOREIGN KEY ("lawyer_id") REFERENCES "legal_aid"."lawyers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid"."documents" ADD CONSTRAINT "documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "legal_aid"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid"."duty_consultations" ADD CONSTRAINT "duty_consultations_station_id_duty_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "legal_aid"."duty_stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid"."duty_consultations" ADD CONSTRAINT "duty_consultations_lawyer_id_lawyers_id_fk" FOREIGN KEY ("lawyer_id") REFERENCES "legal_aid"."lawyers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid"."duty_shifts" ADD CONSTRAINT "duty_shifts_station_id_duty_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "legal_aid"."duty_stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid"."duty_shifts" ADD CONSTRAINT "duty_shifts_lawyer_id_lawyers_id_fk" FOREIGN KEY ("lawyer_id") REFERENCES "legal_aid"."lawyers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid"."events" ADD CONSTRAINT "events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "legal_aid"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid"."parties" ADD CONSTRAINT "parties_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "legal_aid"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid"."quality_reviews" ADD CONSTRAINT "quality_reviews_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "legal_aid"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid"."service_records" ADD CONSTRAINT "service_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "legal_aid"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid"."surveys" ADD CONSTRAINT "surveys_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "legal_aid"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation"."agreements" ADD CONSTRAINT "agreements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "mediation"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation"."cases" ADD CONSTRAINT "cases_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "mediation"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation"."cases" ADD CONSTRAINT "cases_mediator_id_mediators_id_fk" FOREIGN KEY ("mediator_id") REFERENCES "mediation"."mediators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation"."committee_members" ADD CONSTRAINT "committee_members_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "mediation"."committees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation"."documents" ADD CONSTRAINT "documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "mediation"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation"."events" ADD CONSTRAINT "events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "mediation"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation"."follow_ups" ADD CONSTRAINT "follow_ups_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "mediation"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation"."mediators" ADD CONSTRAINT "mediators_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "mediation"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation"."parties" ADD CONSTRAINT "parties_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "mediation"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation"."sessions" ADD CONSTRAINT "sessions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "mediation"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notarization"."payments" ADD CONSTRAINT "payments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "notarization"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons"."citizen_sessions" ADD CONSTRAINT "citizen_sessions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "persons"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons"."one_time_codes" ADD CONSTRAINT "one_time_codes_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "persons"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulations"."articles" ADD CONSTRAINT "articles_version_id_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "regulations"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulations"."versions" ADD CONSTRAINT "versions_work_id_works_id_fk" FOREIGN KEY ("work_id") REFERENCES "regulations"."works"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulations"."search_entries" ADD CONSTRAINT "search_entries_version_id_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "regulations"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulations"."cleanup_items" ADD CONSTRAINT "cleanup_items_campaign_id_cleanup_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "regulations"."cleanup_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulations"."cleanup_items" ADD CONSTRAINT "cleanup_items_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "regulations"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulations"."filing_corrections" ADD CONSTRAINT "filing_corrections_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "regulations"."filings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulations"."documents" ADD CONSTRAINT "documents_case_id_filings_id_fk" FOREIGN KEY ("case_id") REFERENCES "regulations"."filings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulations"."events" ADD CONSTRAINT "events_case_id_filings_id_fk" FOREIGN KEY ("case_id") REFERENCES "regulations"."filings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_log_person_idx" ON "access"."access_log" USING btree ("id_number_index","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "access_log_actor_idx" ON "access"."access_log" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "citations_from_version_idx" ON "knowledge"."citations" USING btree ("from_version_id");--> statement-breakpoint
CREATE INDEX "citations_from_article_idx" ON "knowledge"."citations" USING btree ("from_article_id");--> statement-breakpoint
CREATE INDEX "citations_to_article_idx" ON "knowledge"."citations" USING btree ("to_article_id");--> statement-breakpoint
CREATE INDEX "citations_to_version_idx" ON "knowledge"."citations" USING btree ("to_version_id","kind");--> statement-breakpoint
CREATE INDEX "citations_to_work_idx" ON "knowledge"."citations" USING btree ("to_work_key");--> statement-breakpoint
CREATE INDEX "citations_resolved_idx" ON "knowledge"."citations" USING btree ("resolved");--> statement-breakpoint
CREATE INDEX "impact_alert_items_alert_idx" ON "knowledge"."impact_alert_items" USING btree ("alert_id");--> statement-breakpoint
CREATE INDEX "impact_alert_items_citing_idx" ON "knowledge"."impact_alert_items" USING btree ("citing_version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "impact_alerts_version_idx" ON "knowledge"."impact_alerts" USING btree ("version_id","previous_version_id");--> statement-breakpoint
CREATE INDEX "term_definitions_version_idx" ON "knowledge"."term_definitions" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "term_links_version_idx" ON "knowledge"."term_links" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "term_links_article_idx" ON "knowledge"."term_links" USING btree ("article_id");--> statement-breakpoint
CREATE UNIQUE INDEX "term_relations_pair_idx" ON "knowledge"."term_relations" USING btree ("term_id","related_term_id","kind");--> statement-breakpoint
CREATE INDEX "term_relations_related_idx" ON "knowledge"."term_relations" USING btree ("related_term_id");--> statement-breakpoint
CREATE INDEX "cases_region_idx" ON "legal_aid"."cases" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "cases_due_region_idx" ON "legal_aid"."cases" USING btree ("next_due_date","region_code" text_pattern_ops) WHERE "legal_aid"."cases"."next_due_date" is not null;--> statement-breakpoint
CREATE INDEX "cases_received_idx" ON "legal_aid"."cases" USING btree ("region_code","received_date");--> statement-breakpoint
CREATE INDEX "cases_lawyer_idx" ON "legal_aid"."cases" USING btree ("lawyer_id","state");--> statement-breakpoint
CREATE INDEX "documents_case_idx" ON "legal_aid"."documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "duty_consultations_station_idx" ON "legal_aid"."duty_consultations" USING btree ("station_id","on_date");--> statement-breakpoint
CREATE INDEX "duty_consultations_region_idx" ON "legal_aid"."duty_consultations" USING btree ("region_code" text_pattern_ops,"on_date");--> statement-breakpoint
CREATE UNIQUE INDEX "duty_shifts_unique" ON "legal_aid"."duty_shifts" USING btree ("station_id","on_date","lawyer_id");--> statement-breakpoint
CREATE INDEX "duty_stations_region_idx" ON "legal_aid"."duty_stations" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "events_case_idx" ON "legal_aid"."events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "lawyers_region_idx" ON "legal_aid"."lawyers" USING btree ("region_code" text_pattern_ops,"active");--> statement-breakpoint
CREATE INDEX "parties_case_idx" ON "legal_aid"."parties" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "parties_id_index_idx" ON "legal_aid"."parties" USING btree ("id_number_index");--> statement-breakpoint
CREATE INDEX "quality_reviews_lawyer_idx" ON "legal_aid"."quality_reviews" USING btree ("lawyer_id");--> statement-breakpoint
CREATE INDEX "service_records_case_idx" ON "legal_aid"."service_records" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "surveys_lawyer_idx" ON "legal_aid"."surveys" USING btree ("lawyer_id");--> statement-breakpoint
CREATE INDEX "mediation_cases_region_idx" ON "mediation"."cases" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "mediation_cases_mediator_due_idx" ON "mediation"."cases" USING btree ("mediator_id","next_due_date");--> statement-breakpoint
CREATE INDEX "mediation_cases_committee_applied_idx" ON "mediation"."cases" USING btree ("committee_id","applied_date");--> statement-breakpoint
CREATE INDEX "mediation_cases_risk_idx" ON "mediation"."cases" USING btree ("region_code" text_pattern_ops) WHERE "mediation"."cases"."risk_level" is not null;--> statement-breakpoint
CREATE INDEX "committee_members_committee_idx" ON "mediation"."committee_members" USING btree ("committee_id");--> statement-breakpoint
CREATE INDEX "committees_region_idx" ON "mediation"."committees" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "documents_case_idx" ON "mediation"."documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "events_case_idx" ON "mediation"."events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "mediation_follow_ups_case_idx" ON "mediation"."follow_ups" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "mediators_committee_idx" ON "mediation"."mediators" USING btree ("committee_id");--> statement-breakpoint
CREATE INDEX "mediation_parties_case_idx" ON "mediation"."parties" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "mediation_parties_id_index_idx" ON "mediation"."parties" USING btree ("id_number_index");--> statement-breakpoint
CREATE INDEX "mediation_parties_credit_code_idx" ON "mediation"."parties" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "mediation_sessions_case_idx" ON "mediation"."sessions" USING btree ("case_id","held_on");--> statement-breakpoint
CREATE INDEX "payments_case_idx" ON "notarization"."payments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "payments_date_idx" ON "notarization"."payments" USING btree ("on_date");--> statement-breakpoint
CREATE INDEX "citizen_sessions_expiry_idx" ON "persons"."citizen_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "one_time_codes_person_idx" ON "persons"."one_time_codes" USING btree ("person_id","issued_at");--> statement-breakpoint
CREATE INDEX "organizations_region_idx" ON "persons"."organizations" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "persons_region_idx" ON "persons"."persons" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "persons_name_idx" ON "persons"."persons" USING btree ("name");--> statement-breakpoint
CREATE INDEX "verification_attempts_person_idx" ON "persons"."verification_attempts" USING btree ("id_number_index","at");--> statement-breakpoint
CREATE INDEX "verification_attempts_client_idx" ON "persons"."verification_attempts" USING btree ("client_key","at");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_version_ordinal_idx" ON "regulations"."articles" USING btree ("version_id","ordinal");--> statement-breakpoint
CREATE INDEX "articles_version_number_idx" ON "regulations"."articles" USING btree ("version_id","kind","number","suffix");--> statement-breakpoint
CREATE INDEX "versions_work_idx" ON "regulations"."versions" USING btree ("work_id","effective_on");--> statement-breakpoint
CREATE INDEX "versions_level_status_idx" ON "regulations"."versions" USING btree ("level","status");--> statement-breakpoint
CREATE INDEX "works_level_idx" ON "regulations"."works" USING btree ("level");--> statement-breakpoint
CREATE UNIQUE INDEX "search_terms_id_idx" ON "regulations"."search_terms" USING btree ("id");--> statement-breakpoint
CREATE INDEX "cleanup_campaigns_region_idx" ON "regulations"."cleanup_campaigns" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "cleanup_items_campaign_filing_idx" ON "regulations"."cleanup_items" USING btree ("campaign_id","filing_id");--> statement-breakpoint
CREATE UNIQUE INDEX "filing_corrections_item_idx" ON "regulations"."filing_corrections" USING btree ("filing_id","round","ordinal");--> statement-breakpoint
CREATE INDEX "documents_case_idx" ON "regulations"."documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "events_case_idx" ON "regulations"."events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "filings_region_idx" ON "regulations"."filings" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "filings_state_due_idx" ON "regulations"."filings" USING btree ("state","next_due_date");--> statement-breakpoint
CREATE INDEX "filings_number_idx" ON "regulations"."filings" USING btree ("document_number");--> statement-breakpoint
CREATE INDEX "filings_reconsideration_idx" ON "regulations"."filings" USING btree ("reconsideration_case_id");--> statement-breakpoint
CREATE INDEX "filings_library_version_idx" ON "regulations"."filings" USING btree ("library_version_id");--> statement-breakpoint
CREATE INDEX "certificates_revoked_idx" ON "notarization"."certificates" USING btree ("amended_date" DESC NULLS LAST,"number") WHERE "notarization"."certificates"."status" = 'revoked';--> statement-breakpoint
CREATE INDEX "cases_respondent_credit_code_idx" ON "reconsideration"."cases" USING btree ("respondent_credit_code") WHERE "reconsideration"."cases"."respondent_credit_code" is not null;--> statement-breakpoint
CREATE INDEX "parties_credit_code_idx" ON "reconsideration"."parties" USING btree ("credit_code");