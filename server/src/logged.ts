// Request handlers whose exceptions are logged with the request's name: the client gets an error reply
// either way, but only the log line says where it came from. A cancellation is no failure.
import { ResponseError, type CancellationToken } from 'vscode-languageserver/node';

export type Logged = <P, R>(method: string, handler: (params: P, token: CancellationToken) => R | Promise<R>) => (params: P, token: CancellationToken) => Promise<R>;

export const loggedWith =
  (report: (what: string, error: unknown) => void): Logged =>
  (method, handler) =>
  async (params, token) => {
    try {
      return await handler(params, token);
    } catch (error) {
      if (!(error instanceof ResponseError)) report(`${method} failed`, error);
      throw error;
    }
  };
