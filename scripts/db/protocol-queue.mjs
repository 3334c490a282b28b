// The order in which the embedded database serves its socket connections' messages.
//
// PGlite is one PostgreSQL session; @electric-sql/pglite-socket serves many connections by
// queueing their protocol messages one at a time, and keeps a connection's turn only while it is
// inside a transaction. Between transactions it lets another connection's message in between the
// Parse, Bind, Describe, Execute and Sync of one query. The unnamed prepared statement is the
// session's, so the other query's Parse replaced it and the first one's Bind failed ("bind message
// supplies 3 parameters, but prepared statement "" requires 4"): a message of an upload's size
// arrives in several socket reads, and the other connection's query gets in between. That is
// why the app had one connection, and why a second process (npm run ingest beside npm start)
// could not share the database.
//
// This queue keeps a connection's turn from its first extended-protocol message to its Sync, as
// well as through a transaction; otherwise it serves messages in arrival order. It has the
// interface the socket server expects of its queue (pglite-socket 0.2.x).

// Parse, Bind, Describe, Execute, Close, Flush: an extended-protocol exchange goes on until Sync
const EXCHANGE_OPEN = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);

export class ProtocolQueue {
  /** @param {import("@electric-sql/pglite").PGlite} db */
  constructor(db) {
    this.db = db;
    this.queue = [];
    this.processing = false;
    /** the connection whose exchange or transaction is open: only its messages are served */
    this.owner = null;
  }

  enqueue(handlerId, message, onData) {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.processQueue();
    });
  }

  async processQueue() {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const at = this.owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === this.owner);
        // the owner's next message has not arrived yet: everyone else waits for it
        if (at < 0) break;
        const [item] = this.queue.splice(at, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (e) {
          this.owner = this.db.isInTransaction() ? item.handlerId : null;
          item.reject(e);
          continue;
        }
        const open = EXCHANGE_OPEN.has(item.message[0]) || this.db.isInTransaction();
        this.owner = open ? item.handlerId : null;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }

  getQueueLength() {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId) {
    this.queue = this.queue.filter((item) => {
      if (item.handlerId !== handlerId) return true;
      item.reject(new Error("Handler disconnected"));
      return false;
    });
  }

  /** A connection that went away: its open transaction is rolled back and its turn ends. */
  async clearTransactionIfNeeded(handlerId) {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
    this.owner = null;
    await this.processQueue();
  }
}
