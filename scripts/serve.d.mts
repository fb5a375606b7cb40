import type { IncomingMessage, ServerResponse } from 'node:http';

export interface StartServerOptions {
  /** Folder served for every path outside /dist/ and /node_modules/js-cookie/. Default: examples/. */
  root?: string;
  /** 0 picks a free port. Default: 0. */
  port?: number;
  /** Default: 127.0.0.1. */
  host?: string;
  /** Extra response headers per URL path. */
  headers?: (urlPath: string) => Record<string, string> | undefined;
  /** Custom routes; return true when the request was answered. */
  handle?: (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(options?: StartServerOptions): Promise<RunningServer>;
