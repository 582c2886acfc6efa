package org.paperbridge.entity;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.corpus.io.ByteArray;
import org.paperbridge.entity.LexiconEntry.Source;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A binary cache of the built {@link Lexicon}: HanLP's automaton arrays plus the senses, named by
 * the SHA-256 of the lexicon files, so a changed lexicon is rebuilt and an unchanged one loads in
 * a fraction of a second. Folder: system property {@code paperbridge.cache}, else
 * {@code ~/.cache/paperbridge}.
 */
final class LexiconCache {
    private static final int VERSION = 2;
    private final Path dir;

    LexiconCache(Path dir) {
        this.dir = dir;
    }

    static LexiconCache defaultCache() {
        String configured = System.getProperty("paperbridge.cache");
        Path dir = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "paperbridge");
        return new LexiconCache(dir);
    }

    Lexicon load(Function<String, InputStream> open) {
        Map<String, byte[]> files = new HashMap<>();
        MessageDigest sha = sha256();
        for (String name : Lexicon.FILES) {
            try (InputStream in = open.apply(name)) {
                if (in == null) {
                    throw new IllegalStateException("lexicon file missing: " + name);
                }
                byte[] bytes = in.readAllBytes();
                files.put(name, bytes);
                sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path cache = dir.resolve("lexicon-v" + VERSION + "-" + HexFormat.of().formatHex(sha.digest(), 0, 8) + ".bin");
        if (Files.isRegularFile(cache)) {
            try {
                return read(Files.readAllBytes(cache));
            } catch (IOException | RuntimeException e) {
                // A damaged cache is rebuilt below.
            }
        }
        Lexicon built = Lexicon.build(name -> new ByteArrayInputStream(files.get(name)));
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".lexicon", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                write(built, out);
            }
            Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // No writable cache folder: the lexicon still works, it just loads slowly next time.
        }
        return built;
    }

    static void write(Lexicon lexicon, DataOutputStream out) throws IOException {
        TreeMap<String, LexiconEntry[]> keys = new TreeMap<>(lexicon.keys());
        Map<LexiconEntry, Integer> ids = new IdentityHashMap<>();
        List<LexiconEntry> table = new ArrayList<>();
        for (LexiconEntry[] senses : keys.values()) {
            for (LexiconEntry e : senses) {
                ids.computeIfAbsent(e, x -> {
                    table.add(x);
                    return table.size() - 1;
                });
            }
        }
        for (LexiconEntry e : lexicon.approvedSymbols().values()) {
            ids.computeIfAbsent(e, x -> {
                table.add(x);
                return table.size() - 1;
            });
        }
        out.writeInt(VERSION);
        out.writeInt(table.size());
        for (LexiconEntry e : table) {
            out.writeUTF(e.type());
            out.writeUTF(e.norm());
            out.writeUTF(e.db());
            out.writeUTF(e.id());
            out.writeByte(e.source().ordinal());
            out.writeBoolean(e.symbol());
            out.writeUTF(e.raw());
        }
        out.writeInt(keys.size());
        for (Map.Entry<String, LexiconEntry[]> k : keys.entrySet()) {
            out.writeUTF(k.getKey());
            out.writeShort(k.getValue().length);
            for (LexiconEntry e : k.getValue()) {
                out.writeInt(ids.get(e));
            }
        }
        out.writeInt(lexicon.approvedSymbols().size());
        for (Map.Entry<String, LexiconEntry> a : new TreeMap<>(lexicon.approvedSymbols()).entrySet()) {
            out.writeUTF(a.getKey());
            out.writeInt(ids.get(a.getValue()));
        }
        out.writeInt(lexicon.mirnas().size());
        for (Map.Entry<String, String[]> m : new TreeMap<>(lexicon.mirnas()).entrySet()) {
            out.writeUTF(m.getKey());
            out.writeUTF(m.getValue()[0]);
            out.writeUTF(m.getValue()[1]);
        }
        try {
            lexicon.automaton().save(out);
        } catch (Exception e) {
            throw new IOException("cannot save automaton", e);
        }
    }

    static Lexicon read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != VERSION) {
            throw new IOException("cache version");
        }
        Source[] sources = Source.values();
        LexiconEntry[] table = new LexiconEntry[in.readInt()];
        for (int i = 0; i < table.length; i++) {
            table[i] = new LexiconEntry(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(),
                    sources[in.readByte()], in.readBoolean(), in.readUTF());
        }
        int n = in.readInt();
        Map<String, LexiconEntry[]> keys = new HashMap<>(n * 2);
        LexiconEntry[][] values = new LexiconEntry[n][];
        for (int i = 0; i < n; i++) {
            String key = in.readUTF();
            LexiconEntry[] senses = new LexiconEntry[in.readShort()];
            for (int j = 0; j < senses.length; j++) {
                senses[j] = table[in.readInt()];
            }
            values[i] = senses;
            keys.put(key, senses);
        }
        int a = in.readInt();
        Map<String, LexiconEntry> approved = new HashMap<>(a * 2);
        for (int i = 0; i < a; i++) {
            approved.put(in.readUTF(), table[in.readInt()]);
        }
        int m = in.readInt();
        Map<String, String[]> mirnas = new HashMap<>(m * 2);
        for (int i = 0; i < m; i++) {
            mirnas.put(in.readUTF(), new String[]{in.readUTF(), in.readUTF()});
        }
        int consumed = bytes.length - in.available();
        byte[] rest = new byte[bytes.length - consumed];
        System.arraycopy(bytes, consumed, rest, 0, rest.length);
        AhoCorasickDoubleArrayTrie<LexiconEntry[]> ac = new AhoCorasickDoubleArrayTrie<>();
        if (!ac.load(new ByteArray(rest), values)) {
            throw new IOException("cannot load automaton");
        }
        return new Lexicon(ac, keys, approved, mirnas);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
