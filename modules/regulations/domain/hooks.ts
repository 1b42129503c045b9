// The extension point other modules use to follow the library without importing it in a
// cycle: the search index and the knowledge graph register a listener; the import calls every
// listener once it has stored new or changed versions.
import type { Executor } from '../../../platform/db/index.js';

export type VersionsImportedListener = (db: Executor, versionIds: string[]) => Promise<void>;

interface Registered {
  name: string;
  listener: VersionsImportedListener;
}

const listeners: Registered[] = [];

/**
 * Calls `listener` after every import that added or changed versions, with their ids. It runs
 * after the versions are committed, outside their transaction; an error is reported in the
 * import run (as a failure named after the listener) and does not undo the import.
 */
export function onVersionsImported(listener: VersionsImportedListener, name?: string): () => void {
  const entry = { name: name ?? (listener.name || `listener-${listeners.length + 1}`), listener };
  listeners.push(entry);
  return () => {
    const at = listeners.indexOf(entry);
    if (at >= 0) listeners.splice(at, 1);
  };
}

/** The registered listeners, in registration order. */
export function versionsImportedListeners(): readonly Registered[] {
  return listeners;
}
