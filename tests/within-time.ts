import vm from "node:vm";

/**
 * Runs `fn` and returns its result, or throws once it has run `ms` milliseconds. A synchronous
 * loop that never ends cannot be stopped by a test timeout (the runner itself hangs); V8 can stop
 * it when the call is made from a vm script with a timeout.
 */
export function withinMs<T>(ms: number, fn: () => T): T {
  return vm.runInNewContext("fn()", { fn }, { timeout: ms }) as T;
}
