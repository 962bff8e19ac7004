import type { CosmosStorage } from '../../bot/src/storage/cosmos-client';

/** One stored document exactly as the store holds it. */
export interface RawDocument {
  container: string;
  id: string;
  json: string;
}

/**
 * Every document of a storage, in every container, as raw JSON: what a whole-store scan reads.
 * For Cosmos (real or embedded) that is `SELECT * FROM c` over each container the database has
 * — including containers added later — so nothing can hide from the scan.
 */
export async function listRawDocuments(storage: Pick<CosmosStorage, 'database'>): Promise<RawDocument[]> {
  const { resources: containers } = await storage.database.containers.readAll().fetchAll();
  const documents: RawDocument[] = [];
  for (const { id: containerId } of containers) {
    const { resources } = await storage.database
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
