import type { LocalizedText } from '../../schema/service-definition.ts';

/** What the confirmation page shows; saved so a reload of that page still shows the reference. */
export interface StoredReceipt {
  reference: string;
  serviceCode: string;
  submittedAt: string;
  serviceTitle: LocalizedText;
  agencyName: LocalizedText;
  /** ISO 8601 duration from the service settings, e.g. `P10D`. */
  targetProcessingTime: string;
  /** Opens the PDF and printable receipt (issue 4); kept with the reference, in this tab only. */
  receiptToken?: string;
}

const keyFor = (serviceCode: string) => `runtime.receipt.${serviceCode}`;

function isStoredReceipt(value: unknown): value is StoredReceipt {
  const receipt = value as Partial<StoredReceipt> | null;
  return (
    typeof receipt === 'object' &&
    receipt !== null &&
    typeof receipt.reference === 'string' &&
    typeof receipt.serviceCode === 'string' &&
    typeof receipt.serviceTitle?.lv === 'string' &&
    typeof receipt.agencyName?.lv === 'string'
  );
}

/**
 * Keeps the last receipt per service in session storage (this tab only, gone when it closes:
 * a reference number is not secret, but a shared computer should not show it to the next person
 * for long). History state carries it too; storage is the fallback when history state is lost.
 */
export function saveReceipt(storage: Pick<Storage, 'setItem'> | undefined, receipt: StoredReceipt): void {
  try {
    storage?.setItem(keyFor(receipt.serviceCode), JSON.stringify(receipt));
  } catch {
    // The history state still carries the receipt; storage is only the fallback.
  }
}

/** The receipt saved by {@link saveReceipt}, if any and well formed. */
export function loadReceipt(
  storage: Pick<Storage, 'getItem'> | undefined,
  serviceCode: string,
): StoredReceipt | undefined {
  try {
    const raw = storage?.getItem(keyFor(serviceCode));
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    return isStoredReceipt(value) && value.serviceCode === serviceCode ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a receipt from `history.state`, which survives a reload of the same history entry. */
export function receiptFromHistoryState(state: unknown, serviceCode: string): StoredReceipt | undefined {
  const receipt = (state as { receipt?: unknown } | null)?.receipt;
  return isStoredReceipt(receipt) && receipt.serviceCode === serviceCode ? receipt : undefined;
}
