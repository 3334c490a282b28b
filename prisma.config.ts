import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection string from here, not from the schema. The app itself connects
// through lib/db with the pg driver adapter; this is for the Prisma CLI on machines that have it.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/fazhi" },
});
