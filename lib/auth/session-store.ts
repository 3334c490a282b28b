import { randomBytes } from "node:crypto";
import { getPrisma } from "../db/client";

/**
 * Logins kept in the database: a session exists while its row does. A signed cookie alone
 * would stay valid until it expires wherever it was copied to; with the row, logging out ends it
 * for every copy, on every server that shares the database.
 */
export async function openSession(user: string, expiresAt: Date): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  const prisma = getPrisma();
  // expired rows are of no use: clear them while writing anyway (a handful per day)
  await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await prisma.session.create({ data: { id, user, expiresAt } });
  return id;
}

/** Whether the session is still open (not logged out, not expired). */
export async function sessionIsOpen(id: string): Promise<boolean> {
  const row = await getPrisma().session.findUnique({ where: { id }, select: { expiresAt: true } });
  return row !== null && row.expiresAt > new Date();
}

export async function closeSession(id: string): Promise<void> {
  await getPrisma().session.deleteMany({ where: { id } });
}
