// `npm run reviewer -- add <name>` prints a new reviewer's token (once: only its hash is kept);
// `list` shows every reviewer; `revoke <name>` refuses their token and ends their sessions at once.
// Works beside the running app (scripts/with-db.mjs --share).
import { addReviewer, listReviewers, revokeReviewer } from "../lib/auth/reviewer-store";
import { runCommand } from "./lib/run-command";

const USAGE = "usage: npm run reviewer -- add <name> | list | revoke <name>";
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "");

async function main([command, ...rest]: string[]): Promise<number> {
  const name = rest.join(" ").trim();
  if (command === "add" && name) {
    const added = await addReviewer(name);
    console.log(`reviewer ${added.name} added. Their token (shown only now; give it to them, they log in with it):\n\n  ${added.token}\n`);
    return 0;
  }
  if (command === "revoke" && name) {
    await revokeReviewer(name);
    console.log(`reviewer ${name} revoked: their token is refused and their sessions ended.`);
    return 0;
  }
  if (command === "list" && !name) {
    const rows = await listReviewers();
    if (rows.length === 0) console.log("no reviewers yet: npm run reviewer -- add <name>");
    for (const r of rows) console.log(`${r.name}\tadded ${day(r.createdAt)}\t${r.revokedAt ? `revoked ${day(r.revokedAt)}` : "active"}`);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

runCommand(main);
