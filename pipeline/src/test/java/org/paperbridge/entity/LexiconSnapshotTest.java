package org.paperbridge.entity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconSnapshotTest {
    private static final Path LEXICONS = Path.of(System.getProperty("paperbridge.root", ".")).resolve("config/lexicons");
    private static Lexicon parsed;
    private static long fingerprint;
    private static byte[] snapshot;

    @BeforeAll
    static void buildFromTheTextFiles() throws IOException {
        Function<String, InputStream> open = name -> {
            try {
                Path p = LEXICONS.resolve(name);
                return Files.exists(p) ? Files.newInputStream(p) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        parsed = Lexicon.build(open);
        fingerprint = LexiconSnapshot.fingerprint(open);
        snapshot = LexiconSnapshot.write(parsed, fingerprint);
    }

    @Test
    void snapshotReadsBackTheSameSensesSymbolsAndMirnas() {
        Lexicon read = LexiconSnapshot.read(snapshot, fingerprint);
        assertNotNull(read);
        assertEquals(parsed.size(), read.size());
        for (int k = 0; k < parsed.size(); k++) {
            assertArrayEquals(parsed.sensesByKey()[k], read.sensesByKey()[k]);
        }
        assertEquals(parsed.approvedSymbols(), read.approvedSymbols());
        assertEquals(parsed.mirnas().keySet(), read.mirnas().keySet());
        parsed.mirnas().forEach((name, hit) -> assertArrayEquals(hit, read.mirnas().get(name)));
    }

    @Test
    void snapshotAutomatonFindsTheSameKeysAsTheBuiltOne() {
        Lexicon read = LexiconSnapshot.read(snapshot, fingerprint);
        KeyAutomaton.Tables a = parsed.automaton().tablesForSnapshot();
        KeyAutomaton.Tables b = read.automaton().tablesForSnapshot();
        assertArrayEquals(a.firstChild(), b.firstChild());
        assertArrayEquals(a.label(), b.label());
        assertArrayEquals(a.fail(), b.fail());
        String text = MatchText.of("NLRP3炎性小体激活与IL-1β、TGF-β1及肝星状细胞活化相关, "
                + "mesenchymal stem cells (MSC) reduced CCl4-induced liver fibrosis via miR-182-5p").folded();
        assertEquals(hits(parsed, text), hits(read, text));
        assertTrue(hits(read, text).size() > 5, "the sample text names several lexicon entries");
    }

    @Test
    void lookupFindsExactKeysOnly() {
        Lexicon read = LexiconSnapshot.read(snapshot, fingerprint);
        String key = MatchText.key("hepatic stellate cell");
        String prefix = key.substring(0, key.length() - 1);
        assertFalse(read.lookup(key).isEmpty());
        assertEquals(parsed.lookup(key), read.lookup(key));
        assertEquals(List.of(), parsed.lookup(prefix));
        assertEquals(List.of(), read.lookup(prefix));
        assertEquals(List.of(), read.lookup(""));
    }

    @Test
    void snapshotOfOtherSourceFilesIsIgnored() {
        assertNull(LexiconSnapshot.read(snapshot, fingerprint + 1));
        assertNull(LexiconSnapshot.read(Arrays.copyOf(snapshot, 8), fingerprint));
    }

    @Test
    void buildPackagesASnapshotOfThePackagedFiles() {
        // Written by the process-classes step (exec-maven-plugin, LexiconSnapshot.main).
        Lexicon packaged = LexiconSnapshot.readPackaged(Lexicon::resource);
        assertNotNull(packaged, "target/classes/lexicons/lexicon.snapshot is missing or stale");
        assertEquals(parsed.size(), packaged.size());
    }

    private static List<String> hits(Lexicon lexicon, String folded) {
        List<String> out = new ArrayList<>();
        lexicon.match(folded, (b, e, senses) -> out.add(b + "-" + e + ":" + senses[0].id()));
        return out;
    }
}
