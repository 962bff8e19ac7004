import { CosmosDeliveryStore } from '../../../bot/src/storage/cosmos-delivery-store';
import { listRawDocuments } from '../../support/raw-documents';
import { describePersonDataStoreContract } from './person-data-store-contract';
import { startStorage } from './storage-test-kit';

describePersonDataStoreContract('Cosmos adapters on the embedded server', async () => {
  const kit = await startStorage();
  return {
    programmes: kit.store,
    delivery: new CosmosDeliveryStore(kit.storage.containers.delivery),
    rawDocuments: () => listRawDocuments(kit.storage),
    close: () => kit.close(),
  };
});
