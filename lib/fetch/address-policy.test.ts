import { afterEach, describe, expect, it } from "vitest";
import { addressAllowed, classifyAddress } from "./address-policy";

const env = { ...process.env };
afterEach(() => {
  process.env = { ...env };
});

describe("classifyAddress", () => {
  it.each([
    ["8.8.8.8", "public"],
    ["202.108.22.5", "public"],
    ["2400:da00::6666", "public"],
    ["127.0.0.1", "private"],
    ["127.8.9.10", "private"],
    ["::1", "private"],
    ["10.0.0.1", "private"],
    ["10.255.255.254", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.1", "private"],
    ["192.168.1.1", "private"],
    ["169.254.1.1", "private"],
    ["100.64.0.1", "private"],
    ["fe80::1", "private"],
    ["fd12:3456::1", "private"],
    ["169.254.169.254", "metadata"],
    ["169.254.170.2", "metadata"],
    ["100.100.100.200", "metadata"],
    ["168.63.129.16", "metadata"],
    ["fd00:ec2::254", "metadata"],
    ["0.0.0.0", "reserved"],
    ["255.255.255.255", "reserved"],
    ["224.0.0.1", "reserved"],
    ["240.0.0.1", "reserved"],
    ["::", "reserved"],
    ["not an address", "reserved"],
  ])("%s is %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  it.each([
    ["::ffff:127.0.0.1", "private"],
    ["::ffff:169.254.169.254", "metadata"],
    ["::ffff:10.1.2.3", "private"],
    ["64:ff9b::a00:1", "private"],
    ["2002:a9fe:a9fe::", "metadata"],
    ["[::ffff:7f00:1]", "private"],
  ])("an IPv6 address carrying an IPv4 one is judged by it: %s is %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});

describe("addressAllowed", () => {
  it("refuses private ranges by default and allows them with INGEST_ALLOW_PRIVATE=1", () => {
    delete process.env.INGEST_ALLOW_PRIVATE;
    expect(addressAllowed("127.0.0.1")).toEqual({ ok: false, class: "private" });
    expect(addressAllowed("10.0.0.1")).toEqual({ ok: false, class: "private" });
    process.env.INGEST_ALLOW_PRIVATE = "1";
    expect(addressAllowed("127.0.0.1")).toEqual({ ok: true });
    expect(addressAllowed("10.0.0.1")).toEqual({ ok: true });
  });

  it("refuses metadata and reserved addresses even with INGEST_ALLOW_PRIVATE=1 or when listed", () => {
    process.env.INGEST_ALLOW_PRIVATE = "1";
    process.env.INGEST_ALLOW_ADDRESSES = "169.254.169.254,0.0.0.0";
    expect(addressAllowed("169.254.169.254")).toEqual({ ok: false, class: "metadata" });
    expect(addressAllowed("::ffff:a9fe:a9fe")).toEqual({ ok: false, class: "metadata" });
    expect(addressAllowed("100.100.100.200")).toEqual({ ok: false, class: "metadata" });
    expect(addressAllowed("0.0.0.0")).toEqual({ ok: false, class: "reserved" });
  });

  it("INGEST_ALLOW_ADDRESSES lets exactly the listed addresses through", () => {
    delete process.env.INGEST_ALLOW_PRIVATE;
    process.env.INGEST_ALLOW_ADDRESSES = "127.0.0.1, ::1";
    expect(addressAllowed("127.0.0.1")).toEqual({ ok: true });
    expect(addressAllowed("::ffff:127.0.0.1")).toEqual({ ok: true });
    expect(addressAllowed("0:0:0:0:0:0:0:1")).toEqual({ ok: true });
    expect(addressAllowed("127.0.0.2")).toEqual({ ok: false, class: "private" });
    expect(addressAllowed("10.0.0.1")).toEqual({ ok: false, class: "private" });
  });
});
