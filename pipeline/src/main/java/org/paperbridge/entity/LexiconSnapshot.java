package org.paperbridge.entity;

import org.paperbridge.entity.LexiconEntry.Source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * The built lexicon in a compact binary form, written at package time into the jar
 * ({@code lexicons/lexicon.snapshot}, by {@link #main}) so start-up reads arrays instead of parsing
 * 1.3 MB of gzip TSV and rebuilding the automaton. It stores the automaton's trie and failure links
 * (varint-coded), the senses of every key over a table of distinct strings, the approved symbols
 * and the miRNA names, plus a CRC of the source files: a snapshot that does not match the packaged
 * files (an IDE build that skipped the packaging step) is ignored and the files are parsed.
 */
public final class LexiconSnapshot {
    static final String RESOURCE = "lexicon.snapshot";
    private static final int MAGIC = 0x50424c58; // "PBLX"
    private static final int VERSION = 2;
    private static final Source[] SOURCES = Source.values();

    private LexiconSnapshot() {
    }

    /** Build step: parses the packaged lexicon files and writes their snapshot to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Function<String, InputStream> open = Lexicon::resource;
        Lexicon lexicon = Lexicon.build(open);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(write(lexicon, fingerprint(open)));
        }
    }

    /** The packaged snapshot, or null when there is none or it was made from other files. */
    static Lexicon readPackaged(Function<String, InputStream> open) {
        try (InputStream in = open.apply(RESOURCE)) {
            if (in == null) {
                return null;
            }
            return read(in.readAllBytes(), fingerprint(open));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lexicon snapshot", e);
        }
    }

    /** CRC-32 of the source files' bytes, in the builder's order. */
    static long fingerprint(Function<String, InputStream> open) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        for (String name : Lexicon.FILES) {
            try (InputStream in = open.apply(name)) {
                if (in == null) {
                    throw new IllegalStateException("lexicon file missing: " + name);
                }
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    crc.update(buffer, 0, n);
                }
            }
        }
        return crc.getValue();
    }

    static byte[] write(Lexicon lexicon, long fingerprint) {
        Out out = new Out();
        out.fixed(MAGIC);
        out.fixed(VERSION);
        out.fixed((int) (fingerprint >>> 32));
        out.fixed((int) fingerprint);
        // Distinct entries (by identity, so shared senses stay shared) and distinct strings.
        Map<LexiconEntry, Integer> entryIds = new IdentityHashMap<>();
        List<LexiconEntry> entries = new ArrayList<>();
        LexiconEntry[][] senses = lexicon.sensesByKey();
        for (LexiconEntry[] s : senses) {
            for (LexiconEntry e : s) {
                add(entryIds, entries, e);
            }
        }
        lexicon.approvedSymbols().values().forEach(e -> add(entryIds, entries, e));
        Map<String, Integer> stringIds = new HashMap<>();
        List<String> strings = new ArrayList<>();
        stringIds.put(null, 0);
        strings.add(null);
        for (LexiconEntry e : entries) {
            for (String s : new String[]{e.type(), e.norm(), e.db(), e.id(), e.raw()}) {
                intern(stringIds, strings, s);
            }
        }
        lexicon.approvedSymbols().keySet().forEach(s -> intern(stringIds, strings, s));
        lexicon.mirnas().forEach((k, v) -> {
            intern(stringIds, strings, k);
            intern(stringIds, strings, v[0]);
            intern(stringIds, strings, v[1]);
        });
        out.varint(strings.size());
        for (int i = 1; i < strings.size(); i++) {
            byte[] b = strings.get(i).getBytes(StandardCharsets.UTF_8);
            out.varint(b.length);
            out.bytes.write(b, 0, b.length);
        }
        out.varint(entries.size());
        for (LexiconEntry e : entries) {
            for (String s : new String[]{e.type(), e.norm(), e.db(), e.id(), e.raw()}) {
                out.varint(stringIds.get(s));
            }
            out.varint(e.source().ordinal() << 1 | (e.symbol() ? 1 : 0));
        }
        out.varint(senses.length);
        for (LexiconEntry[] s : senses) {
            out.varint(s.length);
            for (LexiconEntry e : s) {
                out.varint(entryIds.get(e));
            }
        }
        out.varint(lexicon.approvedSymbols().size());
        lexicon.approvedSymbols().forEach((k, e) -> {
            out.varint(stringIds.get(k));
            out.varint(entryIds.get(e));
        });
        out.varint(lexicon.mirnas().size());
        lexicon.mirnas().forEach((k, v) -> {
            out.varint(stringIds.get(k));
            out.varint(stringIds.get(v[0]));
            out.varint(stringIds.get(v[1]));
        });
        KeyAutomaton.Tables t = lexicon.automaton().tablesForSnapshot();
        int n = t.label().length;
        out.varint(n);
        out.varint(t.shallow());
        out.varint(t.firstChild()[0]);
        for (int i = 1; i <= n; i++) {
            out.varint(t.firstChild()[i] - t.firstChild()[i - 1]); // breadth-first ids only grow
        }
        for (int i = 0; i < n; i++) {
            out.varint(t.label()[i]);
            out.varint(t.key()[i] + 1);
            out.varint(t.fail()[i]);
            out.varint(t.nextOutput()[i] + 1);
        }
        out.varint(t.keyLength().length);
        for (int length : t.keyLength()) {
            out.varint(length);
        }
        return out.bytes.toByteArray();
    }

    /** The lexicon of a snapshot, or null when it is of another format or other source files. */
    static Lexicon read(byte[] data, long fingerprint) {
        In in = new In(data);
        if (data.length < 16 || in.fixed() != MAGIC || in.fixed() != VERSION
                || ((long) in.fixed() << 32 | in.fixed() & 0xffffffffL) != fingerprint) {
            return null;
        }
        String[] strings = new String[in.varint()];
        for (int i = 1; i < strings.length; i++) {
            int length = in.varint();
            strings[i] = new String(data, in.at, length, StandardCharsets.UTF_8);
            in.at += length;
        }
        LexiconEntry[] entries = new LexiconEntry[in.varint()];
        for (int i = 0; i < entries.length; i++) {
            String type = strings[in.varint()];
            String norm = strings[in.varint()];
            String db = strings[in.varint()];
            String id = strings[in.varint()];
            String raw = strings[in.varint()];
            int flags = in.varint();
            entries[i] = new LexiconEntry(type, norm, db, id, SOURCES[flags >>> 1], (flags & 1) != 0, raw);
        }
        LexiconEntry[][] senses = new LexiconEntry[in.varint()][];
        for (int k = 0; k < senses.length; k++) {
            LexiconEntry[] s = new LexiconEntry[in.varint()];
            for (int j = 0; j < s.length; j++) {
                s[j] = entries[in.varint()];
            }
            senses[k] = s;
        }
        Map<String, LexiconEntry> approved = new HashMap<>();
        for (int i = in.varint(); i > 0; i--) {
            approved.put(strings[in.varint()], entries[in.varint()]);
        }
        Map<String, String[]> mirnas = new HashMap<>();
        for (int i = in.varint(); i > 0; i--) {
            mirnas.put(strings[in.varint()], new String[]{strings[in.varint()], strings[in.varint()]});
        }
        int n = in.varint();
        int shallow = in.varint();
        int[] firstChild = new int[n + 1];
        firstChild[0] = in.varint();
        for (int i = 1; i <= n; i++) {
            firstChild[i] = firstChild[i - 1] + in.varint();
        }
        char[] label = new char[n];
        int[] key = new int[n];
        int[] fail = new int[n];
        int[] nextOutput = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = (char) in.varint();
            key[i] = in.varint() - 1;
            fail[i] = in.varint();
            nextOutput[i] = in.varint() - 1;
        }
        int[] keyLength = new int[in.varint()];
        for (int i = 0; i < keyLength.length; i++) {
            keyLength[i] = in.varint();
        }
        KeyAutomaton automaton = KeyAutomaton.of(
                new KeyAutomaton.Tables(firstChild, label, fail, key, nextOutput, keyLength, shallow));
        return new Lexicon(automaton, senses, Map.copyOf(approved), Map.copyOf(mirnas));
    }

    private static void add(Map<LexiconEntry, Integer> ids, List<LexiconEntry> entries, LexiconEntry e) {
        if (!ids.containsKey(e)) {
            ids.put(e, entries.size());
            entries.add(e);
        }
    }

    private static void intern(Map<String, Integer> ids, List<String> strings, String s) {
        if (!ids.containsKey(s)) {
            ids.put(s, strings.size());
            strings.add(s);
        }
    }

    /** Big-endian fixed ints and unsigned LEB128 varints. */
    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 22);

        void fixed(int v) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                bytes.write(v >>> shift);
            }
        }

        void varint(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative: " + v);
            }
            while (v >= 0x80) {
                bytes.write(v & 0x7f | 0x80);
                v >>>= 7;
            }
            bytes.write(v);
        }
    }

    private static final class In {
        final byte[] data;
        int at;

        In(byte[] data) {
            this.data = data;
        }

        int fixed() {
            int v = 0;
            for (int i = 0; i < 4; i++) {
                v = v << 8 | data[at++] & 0xff;
            }
            return v;
        }

        int varint() {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = data[at++];
                v |= (b & 0x7f) << shift;
                if (b >= 0) {
                    return v;
                }
            }
        }
    }
}
