export { consentReceipts } from './receipts';
export type { ConsentReceipt, ConsentReceiptsOptions } from './receipts';
