import { disconnectPrisma } from "../../lib/db/client";
import { isAppError } from "../../lib/errors/app-error";

/**
 * Runs a command-line script's main with its arguments: its number is the exit code; a failure
 * meant for the person (an AppError) is said in words, anything else with its stack; the
 * database connection is closed either way, so the process ends.
 */
export function runCommand(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2))
    .then((code) => (process.exitCode = code))
    .catch((e) => {
      console.error(isAppError(e) ? e.message : e);
      process.exitCode = 1;
    })
    .finally(() => disconnectPrisma());
}
