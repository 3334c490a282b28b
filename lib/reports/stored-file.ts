import type { Prisma } from "../db/client";

/** A file as it came, to keep beside the report read from it. */
export interface OriginalFile {
  sha256: string;
  bytes: Uint8Array;
  mediaType: string;
}

/**
 * Keeps a file in the transaction that stores its report. An existing row (the same bytes kept
 * for another report) is locked rather than skipped: a concurrent delete of its last report then
 * waits for this transaction, or has already removed it and this inserts it again; `DO NOTHING`
 * would let that delete win and this report's foreign key fail.
 */
export async function keepFile(tx: Prisma.TransactionClient, file: OriginalFile): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "StoredFile" ("sha256", "bytes", "size", "mediaType")
    VALUES (${file.sha256}, ${Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength)}, ${file.bytes.byteLength}, ${file.mediaType})
    ON CONFLICT ("sha256") DO UPDATE SET "size" = EXCLUDED."size"`;
}

/**
 * Locks a kept file before its report is deleted: a report that is being stored with the same file
 * then either committed before (and is counted by dropFileIfUnused) or waits, and keeps the file
 * by inserting it again (keepFile).
 */
export async function lockFile(tx: Prisma.TransactionClient, sha256: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "StoredFile" WHERE "sha256" = ${sha256} FOR UPDATE`;
}

/** Deletes a kept file (locked by lockFile) when no report uses it any more. */
export async function dropFileIfUnused(tx: Prisma.TransactionClient, sha256: string): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM "StoredFile" f WHERE f."sha256" = ${sha256}
    AND NOT EXISTS (SELECT 1 FROM "Report" r WHERE r."originalSha256" = ${sha256})`;
}
