CREATE SCHEMA "ledger";
--> statement-breakpoint
CREATE TABLE "ledger"."checkpoints" (
	"log" text NOT NULL,
	"size" bigint NOT NULL,
	"root" "bytea" NOT NULL,
	"note" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkpoints_log_size_pk" PRIMARY KEY("log","size")
);
--> statement-breakpoint
CREATE TABLE "ledger"."entries" (
	"log" text NOT NULL,
	"idx" bigint NOT NULL,
	"entry" "bytea" NOT NULL,
	"leaf_hash" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entries_log_idx_pk" PRIMARY KEY("log","idx")
);
--> statement-breakpoint
CREATE TABLE "ledger"."heads" (
	"log" text PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	"integrated" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger"."nodes" (
	"log" text NOT NULL,
	"level" integer NOT NULL,
	"idx" bigint NOT NULL,
	"hash" "bytea" NOT NULL,
	CONSTRAINT "nodes_log_level_idx_pk" PRIMARY KEY("log","level","idx")
);
--> statement-breakpoint
DROP INDEX "reconsideration"."cases_handler_due_idx";--> statement-breakpoint
CREATE INDEX "cases_due_region_idx" ON "reconsideration"."cases" USING btree ("next_due_date","region_code" text_pattern_ops) WHERE "reconsideration"."cases"."next_due_date" is not null;--> statement-breakpoint
CREATE INDEX "cases_handler_due_idx" ON "reconsideration"."cases" USING btree ("handler_id","next_due_date","received_date" DESC NULLS LAST);