package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.similarity.Sketch;

/** The binary form of a {@link Sketch} inside dedupe state and messages: shingle count, number set, bins. */
final class Sketches {

    private Sketches() {
    }

    static void write(Sketch sketch, ByteWriter out) {
        out.writeVarint(sketch.shingles()).writeLong(sketch.numbersLow()).writeLong(sketch.numbersHigh())
                .writeBytes(sketch.bins());
    }

    static Sketch read(ByteReader in) {
        int shingles = in.readVarint();
        long low = in.readLong();
        long high = in.readLong();
        return new Sketch(in.readBytes(), shingles, low, high);
    }
}
