import { describe, expect, it } from 'vitest';
import {
  loadReceipt,
  receiptFromHistoryState,
  type StoredReceipt,
  saveReceipt,
} from './submission-receipt-store.ts';

const receipt: StoredReceipt = {
  reference: 'EF-7K3M-9QXP-2HDT',
  serviceCode: 'dog-licence',
  submittedAt: '2025-01-02T10:00:00Z',
  serviceTitle: { lv: 'Suņa reģistrācija', en: 'Dog registration' },
  agencyName: { lv: 'Rīgas dome', en: 'Riga City Council' },
  targetProcessingTime: 'P10D',
};

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('submission receipt store', () => {
  it('saves and loads the receipt of a service', () => {
    const storage = memoryStorage();
    saveReceipt(storage, receipt);
    expect(loadReceipt(storage, 'dog-licence')).toEqual(receipt);
    expect(loadReceipt(storage, 'other-service')).toBeUndefined();
  });

  it('ignores broken or foreign storage contents', () => {
    const storage = memoryStorage();
    storage.setItem('runtime.receipt.dog-licence', '{not json');
    expect(loadReceipt(storage, 'dog-licence')).toBeUndefined();
    storage.setItem('runtime.receipt.dog-licence', JSON.stringify({ ...receipt, serviceCode: 'other' }));
    expect(loadReceipt(storage, 'dog-licence')).toBeUndefined();
  });

  it('reads the receipt from history state only for the same service', () => {
    expect(receiptFromHistoryState({ receipt }, 'dog-licence')).toEqual(receipt);
    expect(receiptFromHistoryState({ receipt }, 'cat-licence')).toBeUndefined();
    expect(receiptFromHistoryState(null, 'dog-licence')).toBeUndefined();
  });
});
