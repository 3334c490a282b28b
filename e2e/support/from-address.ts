import http from "node:http";

/**
 * HTTP requests from a loopback address of their own (127.x.y.z: Linux routes the whole block to
 * lo). The server keys its rate limits on the connection's address, so a test that spends a
 * client's budget does it as a client of its own, leaving 127.0.0.1 (every other test) alone.
 */
export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json(): { error?: { code: string; message: string } } & Record<string, unknown>;
}

export function freshLoopbackAddress(): string {
  const octet = () => 1 + Math.floor(Math.random() * 250);
  return `127.${octet()}.${octet()}.${octet()}`;
}

export function client(baseURL: string, localAddress = freshLoopbackAddress()) {
  const base = new URL(baseURL);
  const send = (method: string, path: string, { headers = {}, body }: { headers?: Record<string, string>; body?: unknown } = {}) =>
    new Promise<Answer>((resolve, reject) => {
      const payload = body === undefined ? undefined : Buffer.from(typeof body === "string" ? body : JSON.stringify(body));
      const req = http.request(
        {
          host: base.hostname,
          port: base.port,
          path,
          method,
          localAddress,
          headers: { ...(payload ? { "content-type": "application/json", "content-length": String(payload.length) } : {}), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
          });
        },
      );
      req.on("error", reject);
      req.end(payload);
    });
  return { address: localAddress, send };
}
