import { createHash, randomBytes } from "node:crypto";
import { getPrisma, Prisma } from "../db/client";
import { AppError } from "../errors/app-error";

/**
 * Named reviewer accounts: each person writes with a token of their own, so every change says who
 * made it. Only the token's SHA-256 is stored: the token is shown once, when it is made.
 */

export const ADMIN_USER = "admin";
const NAME = /^[^\u0000-\u001f\u007f]{1,40}$/;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface ReviewerRow {
  name: string;
  createdAt: Date;
  revokedAt: Date | null;
}

function checkedName(raw: string): string {
  const name = raw.trim();
  if (!NAME.test(name)) throw new AppError("bad_request", "审核人姓名须为 1 至 40 个字符,不含控制字符。A reviewer's name is 1 to 40 characters, without control characters.");
  if (name.toLowerCase() === ADMIN_USER) throw new AppError("bad_request", "“admin”是管理令牌的名字,请换一个。“admin” names the admin token; choose another name.");
  return name;
}

/**
 * Adds a reviewer and returns their token (the only time it is seen). A revoked name gets a new
 * token and is active again; an active one is refused (409), so a token is never replaced unseen.
 */
export async function addReviewer(rawName: string): Promise<{ name: string; token: string }> {
  const name = checkedName(rawName);
  const token = randomBytes(24).toString("base64url");
  const tokenHash = hashToken(token);
  const prisma = getPrisma();
  const existing = await prisma.reviewer.findUnique({ where: { name }, select: { revokedAt: true } });
  if (existing && !existing.revokedAt) throw new AppError("conflict", `审核人“${name}”已存在。Reviewer “${name}” already exists.`);
  try {
    if (existing) await prisma.reviewer.update({ where: { name }, data: { tokenHash, revokedAt: null } });
    else await prisma.reviewer.create({ data: { name, tokenHash } });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new AppError("conflict", `审核人“${name}”已存在。Reviewer “${name}” already exists.`);
    throw e;
  }
  return { name, token };
}

export function listReviewers(): Promise<ReviewerRow[]> {
  return getPrisma().reviewer.findMany({ select: { name: true, createdAt: true, revokedAt: true }, orderBy: { name: "asc" } });
}

/** Revokes a reviewer's token and ends their sessions at once, in one transaction. */
export async function revokeReviewer(rawName: string): Promise<void> {
  const name = rawName.trim();
  await getPrisma().$transaction(async (tx) => {
    const updated = await tx.reviewer.updateMany({ where: { name, revokedAt: null }, data: { revokedAt: new Date() } });
    if (updated.count === 0) throw new AppError("not_found", `没有在用的审核人“${name}”。No active reviewer “${name}”.`);
    await tx.session.deleteMany({ where: { user: name } });
  });
}

/** The active reviewer a token belongs to, or null (wrong, or revoked). */
export async function reviewerForToken(token: string): Promise<string | null> {
  if (!token) return null;
  const row = await getPrisma().reviewer.findUnique({ where: { tokenHash: hashToken(token) }, select: { name: true, revokedAt: true } });
  return row && !row.revokedAt ? row.name : null;
}
