package org.paperbridge.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A {@link BioModel} on disk: gzip of a header (magic, type, hash bits, transitions, label count) and the
 * non-zero weights as (gap to the previous index, 16-bit value) pairs. Weights are quantized to
 * 1/32767 of the largest one, which changes no decision measurably and drops the near-zero weights
 * that make up most of a hashed model.
 */
public final class ModelFile {
    private static final int MAGIC = 0x50424E31; // "PBN1"

    private ModelFile() {
    }

    public static void write(BioModel model, OutputStream raw) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16)))) {
            out.writeInt(MAGIC);
            out.writeUTF(model.type());
            out.writeByte(model.bits());
            for (float t : model.transitions()) {
                out.writeFloat(t);
            }
            float[] w = model.weights();
            float max = 0;
            for (float v : w) {
                max = Math.max(max, Math.abs(v));
            }
            float scale = max == 0 ? 1 : 32767f / max;
            out.writeByte(Bio.LABELS);
            out.writeFloat(scale);
            int count = 0;
            for (float v : w) {
                if (Math.round(v * scale) != 0) {
                    count++;
                }
            }
            out.writeInt(count);
            int last = -1;
            for (int k = 0; k < w.length; k++) {
                int q = Math.round(w[k] * scale);
                if (q != 0) {
                    writeVarint(out, k - last);
                    out.writeShort(q);
                    last = k;
                }
            }
        }
    }

    /** What a model file holds besides its weights. */
    record Head(String type, int bits, float[] transitions, float scale) {
    }

    /** Receives each non-zero weight: index {@code bucket * labels + label} and quantized value (weight = q / scale). */
    @FunctionalInterface
    interface WeightSink {
        void weight(int index, short q);
    }

    /** Reads a whole model into its own arrays. */
    public static BioModel read(InputStream raw) throws IOException {
        float[][] own = new float[1][];
        float[] scale = new float[1];
        Head head = read(raw, (bits, s) -> {
            own[0] = new float[(1 << bits) * Bio.LABELS];
            scale[0] = s;
        }, (k, q) -> own[0][k] = q / scale[0]);
        return new BioModel(head.type(), head.bits(), own[0], head.transitions());
    }

    /** Told a model's hash bits and weight scale before any of its weights. */
    @FunctionalInterface
    interface HeadSink {
        void head(int bits, float scale);
    }

    /** Reads a model's header, tells {@code onHead} its hash bits and scale, then streams its weights. */
    static Head read(InputStream raw, HeadSink onHead, WeightSink sink) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a PaperBridge NER model");
            }
            String type = in.readUTF();
            int bits = in.readByte();
            float[] transitions = new float[(Bio.LABELS + 1) * Bio.LABELS];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = in.readFloat();
            }
            if (in.readByte() != Bio.LABELS) {
                throw new IOException("NER model of another label set; retrain it with train-ner");
            }
            float scale = in.readFloat();
            onHead.head(bits, scale);
            int count = in.readInt();
            int k = -1;
            for (int i = 0; i < count; i++) {
                k += readVarint(in);
                sink.weight(k, in.readShort());
            }
            return new Head(type, bits, transitions, scale);
        }
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        int shift = 0;
        while (true) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }
}
