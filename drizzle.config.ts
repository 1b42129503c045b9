import { defineConfig } from 'drizzle-kit';

// Each module owns a Postgres schema; drizzle-kit reads every schema file and writes the SQL
// into migrations/, which is committed and frozen once it has landed.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./platform/*/schema.ts', './modules/*/db/schema.ts'],
  out: './migrations',
});
