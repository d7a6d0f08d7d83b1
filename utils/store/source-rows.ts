/**
 * Reading stored sources by id. An import lists its sources again with every pack (a thousand,
 * say) and each of its chunks looks up the sources of its claims: a lookup per id is a request
 * each (about 200 ms in Chromium for 1,000), where one read of a table of a few thousand sources
 * takes a few milliseconds.
 */
import type { CrosstallyDb } from './db';
import type { Source } from './types';

/** Up to this many stored sources per id asked, the table is read whole in one request. */
const READ_WHOLE_PER_ID = 4;

/** The stored source of each id (undefined when none), in the order of `ids`. */
export async function sourceRows(db: CrosstallyDb, ids: readonly string[]): Promise<(Source | undefined)[]> {
  if ((await db.sources.count()) > ids.length * READ_WHOLE_PER_ID) return db.sources.bulkGet([...ids]);
  const all = new Map((await db.sources.toArray()).map((source) => [source.id, source]));
  return ids.map((id) => all.get(id));
}
