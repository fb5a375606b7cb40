export interface ReceiptServerOptions {
  /** 0 picks a free port. Default: 8787. */
  port?: number;
  /** Default: 127.0.0.1. */
  host?: string;
  /** JSON-lines file the receipts are appended to. Default: receipts.jsonl next to server.mjs. */
  file?: string;
}

export interface RunningReceiptServer {
  /** The receipts endpoint, e.g. http://127.0.0.1:8787/receipts */
  url: string;
  port: number;
  /** Absolute path of the JSON-lines file. */
  file: string;
  /** Stops listening, closes open connections and waits for pending writes. */
  close(): Promise<void>;
}

/** Where receipts go when no file is given: receipts.jsonl next to server.mjs. */
export const DEFAULT_FILE: string;
/** The only path that accepts receipts: `/receipts`. */
export const RECEIPTS_PATH: string;
/** Largest accepted body in bytes: 4096. */
export const MAX_BODY: number;

/** `"<field>: <what was expected>"` for the first problem of a parsed receipt, or undefined when it is valid. */
export function validateReceipt(receipt: unknown): string | undefined;

/** Starts the receipt server; `url` is the receipts endpoint. */
export function startReceiptServer(options?: ReceiptServerOptions): Promise<RunningReceiptServer>;
