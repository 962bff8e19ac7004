import { rm } from 'node:fs/promises';
import { CosmosDeliveryStore } from '../../../bot/src/storage/cosmos-delivery-store';
import { openEmbeddedDatabase } from '../../../bot/src/storage/embedded-sqlite';
import { SqliteDeliveryStore } from '../../../bot/src/storage/sqlite-delivery-store';
import { SqliteProgrammeStore } from '../../../bot/src/storage/sqlite-programme-store';
import { listRawDocuments } from '../../support/raw-documents';
import { describePersonDataStoreContract } from './person-data-store-contract';
import { makeDataDir, startStorage } from './storage-test-kit';

describePersonDataStoreContract('Cosmos adapters on the embedded server', async () => {
  const kit = await startStorage();
  return {
    programmes: kit.store,
    delivery: new CosmosDeliveryStore(kit.storage.containers.delivery),
    rawDocuments: () => listRawDocuments({ cosmos: kit.storage, embedded: null }),
    close: () => kit.close(),
  };
});

describePersonDataStoreContract('the embedded SQLite store', async () => {
  const dataDir = await makeDataDir();
  const database = openEmbeddedDatabase({ dataDir, databaseId: 'person-data', purgeIntervalMs: 0 });
  return {
    programmes: new SqliteProgrammeStore(database),
    delivery: new SqliteDeliveryStore(database),
    rawDocuments: () => listRawDocuments({ cosmos: null, embedded: database }),
    close: async () => {
      database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
});
