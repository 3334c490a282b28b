import { countWrongToken, refuseWhileGuessing } from "../http/rate-limit";
import { tokenMatches } from "./admin-token";
import { ADMIN_USER, reviewerForToken } from "./reviewer-store";

/**
 * Who a token someone sent (login form or Bearer header) belongs to: "admin" for the admin token,
 * a reviewer's name for theirs, null for a wrong or revoked one (the caller answers 401), under the
 * budget of wrong tokens per client (429 once spent). `candidate` is read only after the client is
 * known not to be held up, so a guesser's bodies are not read either.
 */
export async function identifyToken(request: Request, candidate: () => string | Promise<string>): Promise<string | null> {
  await refuseWhileGuessing(request);
  const token = await candidate();
  if (tokenMatches(token)) return ADMIN_USER;
  const reviewer = await reviewerForToken(token);
  if (reviewer) return reviewer;
  await countWrongToken(request);
  return null;
}
