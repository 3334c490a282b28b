import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";
import { PEER_HEADER, peerStamp } from "./peer-address";

const request = (headers: Record<string, string>) => new Request("http://localhost/api/session", { headers });

describe("clientAddress", () => {
  it("is the connection's address without a trusted proxy, whatever X-Forwarded-For says", () => {
    const stamped = { [PEER_HEADER]: peerStamp("192.0.2.7"), "x-forwarded-for": "203.0.113.1" };
    expect(clientAddress(request(stamped), 0)).toBe("192.0.2.7");
  });

  it("cannot be told from a stamp the server did not write", () => {
    expect(clientAddress(request({}), 0)).toBeNull();
    expect(clientAddress(request({ [PEER_HEADER]: "0123456789abcdef0123456789abcdef 192.0.2.7" }), 0)).toBeNull();
    expect(clientAddress(request({ [PEER_HEADER]: "192.0.2.7" }), 0)).toBeNull();
    expect(clientAddress(request({ "x-forwarded-for": "203.0.113.1" }), 0)).toBeNull();
  });

  it("behind N proxies is the Nth X-Forwarded-For entry from the right; what the client wrote further left is ignored", () => {
    const peer = { [PEER_HEADER]: peerStamp("10.0.0.2") };
    expect(clientAddress(request({ ...peer, "x-forwarded-for": "203.0.113.9" }), 1)).toBe("203.0.113.9");
    expect(clientAddress(request({ ...peer, "x-forwarded-for": "6.6.6.6, 203.0.113.9" }), 1)).toBe("203.0.113.9");
    expect(clientAddress(request({ ...peer, "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.1" }), 2)).toBe("203.0.113.9");
  });

  it("behind N proxies, a request that passed fewer of them is keyed by its connection", () => {
    const peer = { [PEER_HEADER]: peerStamp("198.51.100.4") };
    expect(clientAddress(request({ ...peer, "x-forwarded-for": "6.6.6.6" }), 2)).toBe("198.51.100.4");
    expect(clientAddress(request(peer), 1)).toBe("198.51.100.4");
  });
});
