package org.paperbridge.ner;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A {@link BioModel} on disk: gzip of a header (magic, type, hash bits, transitions — first-order,
 * or with the label-triple weights after them under the second magic —, label count) and the
 * non-zero weights as (gap to the previous index, 16-bit value) pairs. Weights are quantized to
 * 1/32767 of the largest one, which changes no decision measurably and drops the near-zero weights
 * that make up most of a hashed model.
 */
public final class ModelFile {
    private static final int MAGIC = 0x50424E31; // "PBN1": first-order transitions
    private static final int MAGIC_SECOND_ORDER = 0x50424E32; // "PBN2": the label-triple weights follow them

    private ModelFile() {
    }

    public static void write(BioModel model, OutputStream raw) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16)))) {
            // A first-order model keeps the first format, so its file is the same as before triples existed.
            out.writeInt(model.secondOrder() ? MAGIC_SECOND_ORDER : MAGIC);
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

    /**
     * A model as stored: its head and its non-zero weights, index {@code bucket * labels + label}
     * in increasing order and quantized value (weight = value / scale).
     */
    record Stored(Head head, int[] indexes, short[] values) {
    }

    /** Reads a whole model into its own arrays. */
    public static BioModel read(InputStream raw) throws IOException {
        Stored s = readStored(raw);
        float[] w = new float[(1 << s.head().bits()) * Bio.LABELS];
        for (int i = 0; i < s.indexes().length; i++) {
            w[s.indexes()[i]] = s.values()[i] / s.head().scale();
        }
        return new BioModel(s.head().type(), s.head().bits(), w, s.head().transitions());
    }

    /**
     * Reads a model file. The file is inflated whole and parsed from the byte array: reading its
     * million or so weights a byte at a time through {@code DataInputStream} (a synchronized call
     * per byte) was most of the tagger's start-up.
     */
    static Stored readStored(InputStream raw) throws IOException {
        byte[] b;
        try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
            b = in.readAllBytes();
        }
        try {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b); // big-endian, as DataOutputStream wrote it
            int magic = buf.getInt();
            if (magic != MAGIC && magic != MAGIC_SECOND_ORDER) {
                throw new IOException("not a PaperBridge NER model");
            }
            byte[] name = new byte[buf.getShort() & 0xFFFF];
            buf.get(name);
            String type = new String(name, java.nio.charset.StandardCharsets.UTF_8);
            int bits = buf.get();
            float[] transitions = new float[magic == MAGIC ? BioModel.FIRST_ORDER : BioModel.SECOND_ORDER];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = buf.getFloat();
            }
            if (buf.get() != Bio.LABELS) {
                throw new IOException("NER model of another label set; retrain it with train-ner");
            }
            float scale = buf.getFloat();
            int count = buf.getInt();
            if (bits < 10 || bits > 26 || count < 0 || count > (long) (1 << bits) * Bio.LABELS) {
                throw new IOException("NER model header is damaged");
            }
            int[] indexes = new int[count];
            short[] values = new short[count];
            int p = buf.position();
            int k = -1;
            for (int i = 0; i < count; i++) {
                int v = 0;
                int shift = 0;
                int c;
                do {
                    c = b[p++];
                    v |= (c & 0x7F) << shift;
                    shift += 7;
                } while (c < 0);
                k += v;
                indexes[i] = k;
                values[i] = (short) ((b[p] << 8) | (b[p + 1] & 0xFF));
                p += 2;
            }
            if (k >= (1 << bits) * Bio.LABELS) {
                throw new IOException("NER model weights run past its hash space");
            }
            return new Stored(new Head(type, bits, transitions, scale), indexes, values);
        } catch (java.nio.BufferUnderflowException | ArrayIndexOutOfBoundsException e) {
            throw new IOException("NER model file is cut short");
        }
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }
}
