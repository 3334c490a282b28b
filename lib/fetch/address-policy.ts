import ipaddr from "ipaddr.js";

/**
 * Which network addresses the server may fetch reports from. A report's address comes from
 * whoever uploads, so without this the server would fetch for them what only it can reach: its
 * own admin ports, the private network behind it, the cloud's metadata service and its keys.
 *
 * Public unicast addresses are allowed. Loopback, private (RFC 1918, unique-local), link-local
 * and carrier-grade NAT (100.64/10) ranges are allowed only with INGEST_ALLOW_PRIVATE=1 (tests,
 * local use), or for the exact addresses listed in INGEST_ALLOW_ADDRESSES (comma-separated: one
 * intranet mirror, or the test server; private ones only). Cloud metadata addresses are refused always, as are
 * unspecified, broadcast, multicast and reserved ones. An IPv6 address that carries an IPv4 one (mapped, NAT64, 6to4) is
 * judged by the IPv4 address inside.
 */
export type AddressClass = "public" | "private" | "metadata" | "reserved";

/**
 * Metadata services of the clouds Chinese and other government sites and this app may run on:
 * AWS, GCP, Azure, Oracle, Huawei, Baidu and others (169.254.169.254), AWS ECS and DNS, Tencent
 * Cloud (169.254.0.23), Alibaba Cloud (100.100.100.200), Azure's wire server, AWS over IPv6.
 */
const METADATA_ADDRESSES = new Set([
  "169.254.169.254",
  "169.254.169.253",
  "169.254.170.2",
  "169.254.170.23",
  "169.254.0.23",
  "100.100.100.200",
  "168.63.129.16",
  "fd00:ec2::254",
  "fd00:ec2::23",
]);

/** Names that reach a metadata service whatever DNS answers for them. */
const METADATA_NAMES = new Set(["metadata", "metadata.google.internal", "metadata.tencentyun.com", "instance-data", "instance-data.ec2.internal"]);

const PRIVATE_RANGES = new Set(["loopback", "private", "linkLocal", "carrierGradeNat", "uniqueLocal"]);

export function classifyAddress(address: string): AddressClass {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.parse(address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""));
  } catch {
    return "reserved";
  }
  const embedded = embeddedIPv4(ip);
  if (embedded) ip = embedded;
  if (METADATA_ADDRESSES.has(ip.toNormalizedString()) || METADATA_ADDRESSES.has(ip.toString())) return "metadata";
  const range = ip.range();
  if (range === "unicast") return "public";
  return PRIVATE_RANGES.has(range) ? "private" : "reserved";
}

/** The IPv4 address an IPv6 one stands for: ::ffff:a.b.c.d, 64:ff9b::a.b.c.d (NAT64), 2002:aabb:ccdd:: (6to4). */
function embeddedIPv4(ip: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | null {
  if (ip.kind() !== "ipv6") return null;
  const v6 = ip as ipaddr.IPv6;
  const range = v6.range();
  const words = v6.parts;
  const fromWords = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  if (range === "ipv4Mapped" || range === "rfc6145" || range === "rfc6052") return fromWords(words[6], words[7]);
  if (range === "6to4") return fromWords(words[1], words[2]);
  return null;
}

export function isMetadataName(hostname: string): boolean {
  return METADATA_NAMES.has(hostname.toLowerCase().replace(/\.$/, ""));
}

/** Private ranges are reachable only when INGEST_ALLOW_PRIVATE=1 (read at each check, so tests can set it). */
export function privateAddressesAllowed(): boolean {
  return process.env.INGEST_ALLOW_PRIVATE === "1";
}

/** Addresses allowed one by one (INGEST_ALLOW_ADDRESSES), in normal form. */
function listedAddresses(): Set<string> {
  const listed = new Set<string>();
  for (const entry of (process.env.INGEST_ALLOW_ADDRESSES ?? "").split(",")) {
    const normal = normalForm(entry.trim());
    if (normal) listed.add(normal);
  }
  return listed;
}

function normalForm(address: string): string | null {
  try {
    const ip = ipaddr.parse(address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""));
    return (embeddedIPv4(ip) ?? ip).toNormalizedString();
  } catch {
    return null;
  }
}

/** Whether the server may connect to this address; the class says why not. */
export function addressAllowed(address: string, allowPrivate = privateAddressesAllowed()): { ok: true } | { ok: false; class: Exclude<AddressClass, "public"> } {
  const found = classifyAddress(address);
  if (found === "public" || (found === "private" && allowPrivate)) return { ok: true };
  if (found === "private" && listedAddresses().has(normalForm(address) ?? "")) return { ok: true };
  return { ok: false, class: found };
}
