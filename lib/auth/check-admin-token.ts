import { countWrongToken, refuseWhileGuessing } from "../http/rate-limit";
import { tokenMatches } from "./admin-token";

/**
 * Compares a token someone sent (login form or Bearer header) with the admin token, under the
 * budget of wrong tokens per client: false for a wrong one (the caller answers 401), a 429 once
 * this client has sent too many. `candidate` is read only after the client is known not to be
 * held up, so a guesser's bodies are not read either.
 */
export async function checkAdminToken(request: Request, candidate: () => string | Promise<string>): Promise<boolean> {
  await refuseWhileGuessing(request);
  if (tokenMatches(await candidate())) return true;
  await countWrongToken(request);
  return false;
}
