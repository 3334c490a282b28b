import { cookies } from "next/headers";
import { SESSION_COOKIE, verifySessionToken } from "./session";

/** The logged-in person in a server component, or null. */
export async function currentUser(): Promise<string | null> {
  const jar = await cookies();
  return verifySessionToken(jar.get(SESSION_COOKIE)?.value);
}
