import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tokenMatches } from "./admin-token";
import { sessionCookieOptions } from "./session";

const TOKEN = "correct-horse-battery";

describe("admin token", () => {
  const saved = process.env.ADMIN_TOKEN;
  beforeEach(() => {
    process.env.ADMIN_TOKEN = TOKEN;
  });
  afterEach(() => {
    process.env.ADMIN_TOKEN = saved;
  });

  it("accepts only the configured token", () => {
    expect(tokenMatches(TOKEN)).toBe(true);
    expect(tokenMatches("correct-horse-batter")).toBe(false);
    expect(tokenMatches("")).toBe(false);
    process.env.ADMIN_TOKEN = "";
    expect(tokenMatches("")).toBe(false);
  });

  it("the session cookie is httpOnly and SameSite=Lax always, Secure when the request came over https", () => {
    expect(sessionCookieOptions(false)).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false, path: "/" });
    expect(sessionCookieOptions(true)).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true });
  });
});

