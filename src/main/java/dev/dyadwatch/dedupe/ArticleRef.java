package dev.dyadwatch.dedupe;

/**
 * Where an article lives in dedupe state: its handle (a 64-bit hash of its id), its home partition (the
 * {@code articles-raw} partition it was read from, where its state and decision live) and its dedupe time (the
 * timestamp of its {@code articles-raw} record, when ingest published it; its state entries sit at that time).
 *
 * @param handle 64-bit hash of the article id
 * @param home partition of the article's state
 * @param time dedupe time, epoch millis
 */
record ArticleRef(long handle, int home, long time) {

    void writeTo(ByteWriter out) {
        out.writeLong(handle).writeVarint(home).writeLong(time);
    }

    static ArticleRef readFrom(ByteReader in) {
        return new ArticleRef(in.readLong(), in.readVarint(), in.readLong());
    }

    /**
     * The precedence that decides races between two similar articles checked at the same time: by their stamps
     * (publication times), then by handle so that the order is total. The same two articles are ordered the same
     * way whatever partitions they land on and however far behind those partitions are.
     */
    static boolean precedes(long stamp, long handle, long otherStamp, long otherHandle) {
        return stamp != otherStamp ? stamp < otherStamp : handle < otherHandle;
    }
}
