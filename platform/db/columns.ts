// Column types shared by every module's schema.
import { customType, date, timestamp } from 'drizzle-orm/pg-core';

/** Binary content (files, hashes) as a Node Buffer on PGlite and on node-postgres alike. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** An instant, stored in UTC. */
export const instant = (name: string) => timestamp(name, { withTimezone: true });

/** A legal date: an Asia/Shanghai calendar day as 'YYYY-MM-DD'. */
export const legalDate = (name: string) => date(name, { mode: 'string' });
