// Runs once when the server starts (Next.js calls register before serving).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // the rate limits key on the connection's address: see lib/http/peer-address.ts
    const { stampPeerAddresses } = await import("./lib/http/peer-address");
    stampPeerAddresses();
  }
}
