import type { AppStorage } from '../../bot/src/storage/app-storage';

/** One stored document exactly as the store holds it. */
export interface RawDocument {
  container: string;
  id: string;
  json: string;
}

/**
 * Every document of a storage, in every container, as raw JSON: what a whole-store scan reads.
 * For Cosmos (real or the emulator) that is `SELECT * FROM c` over each container the database
 * has; for the embedded store every row of every table of its SQLite database — including
 * containers or tables added later — so nothing can hide from the scan.
 */
export async function listRawDocuments(
  storage: Pick<AppStorage, 'embedded' | 'cosmos'>,
): Promise<RawDocument[]> {
  const documents: RawDocument[] = [];
  if (storage.embedded) {
    const { db } = storage.embedded;
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as Array<{ name: string }>;
    for (const { name } of tables) {
      for (const row of db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>) {
        // A document's JSON body is spread out, so a scan reads it as it reads a Cosmos document.
        const { body, ...columns } = row;
        const doc = typeof body === 'string' ? { ...columns, ...(JSON.parse(body) as object) } : row;
        documents.push({ container: name, id: String(row.id ?? ''), json: JSON.stringify(doc) });
      }
    }
    return documents;
  }
  const { database } = storage.cosmos!;
  const { resources: containers } = await database.containers.readAll().fetchAll();
  for (const { id: containerId } of containers) {
    const { resources } = await database
      .container(containerId)
      .items.query<Record<string, unknown>>('SELECT * FROM c', { maxItemCount: -1 })
      .fetchAll();
    for (const resource of resources)
      documents.push({ container: containerId, id: String(resource.id), json: JSON.stringify(resource) });
  }
  return documents;
}

/** The documents whose raw JSON contains any of `needles` (case-insensitive), with what matched. */
export function documentsNaming(
  documents: readonly RawDocument[],
  needles: readonly string[],
): Array<{ container: string; id: string; found: string[] }> {
  return documents
    .map((doc) => {
      const json = doc.json.toLowerCase();
      return {
        container: doc.container,
        id: doc.id,
        found: needles.filter((needle) => json.includes(needle.toLowerCase())),
      };
    })
    .filter((hit) => hit.found.length > 0);
}
