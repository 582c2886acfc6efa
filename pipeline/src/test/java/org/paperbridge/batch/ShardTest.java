package org.paperbridge.batch;

import org.paperbridge.model.Stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ShardTest {
    @Test
    void slotIsTheFirstEightBytesOfSha256ModN() {
        // Pinned so that other tools (and older runs) keep splitting folders the same way;
        // the values are those of Python's int.from_bytes(sha256(path).digest()[:8], 'big') % n.
        assertEquals(0, Shard.slot("000_ce62bb77f3435be5.txt", 3));
        assertEquals(1, Shard.slot("zh_journal_mineru.md", 3));
        assertEquals(2, Shard.slot("en_first_bare_labels_vancouver.txt", 3));
        assertEquals(1, Shard.slot("a.txt", 2));
        assertEquals(0, Shard.slot("c.txt", 2));
        assertEquals(0, Shard.slot("anything", 1));
    }

    @Test
    void pathsUnderTheSameTreeMountedElsewhereGetTheSameKey() {
        assertEquals("2021/x.txt", Shard.relativeKey(Path.of("/mnt/a/corpus/2021/x.txt"), List.of(Path.of("/mnt/a/corpus"))));
        assertEquals("2021/x.txt", Shard.relativeKey(Path.of("/data/corpus/2021/x.txt"), List.of(Path.of("/data/corpus/"))));
        assertEquals("2021/x.txt", Shard.relativeKey(Path.of("2021/x.txt"), List.of(Path.of("."))));
        assertEquals("x.txt", Shard.relativeKey(Path.of("/data/corpus/2021/x.txt"),
                List.of(Path.of("/data/corpus/2021/x.txt"))));
        // found under the first input that holds it
        assertEquals("2021/x.txt", Shard.relativeKey(Path.of("c/2021/x.txt"), List.of(Path.of("c"), Path.of("c/2021"))));
    }

    @Test
    void shardsOfAWalkPartitionItAndAllReportAMissingInput() {
        List<Path> files = List.of(Path.of("in/a.txt"), Path.of("in/b.txt"), Path.of("in/c.txt"), Path.of("in/d.txt"));
        SourceWalker.Found all = new SourceWalker.Found(files,
                List.of(new ErrorRecord("in/loop", Stage.READ.label(), "symbolic link loop"),
                        new ErrorRecord("missing", Stage.READ.label(), "no such file or folder")));
        int seenFiles = 0;
        int seenLoops = 0;
        int seenMissing = 0;
        for (int i = 1; i <= 3; i++) {
            SourceWalker.Found part = all.inShard(new Shard(i, 3), List.of(Path.of("in"), Path.of("missing")));
            seenFiles += part.files().size();
            seenLoops += (int) part.problems().stream().filter(p -> p.path().equals("in/loop")).count();
            seenMissing += (int) part.problems().stream().filter(p -> p.path().equals("missing")).count();
        }
        assertEquals(4, seenFiles);
        assertEquals(1, seenLoops);
        assertEquals(3, seenMissing, "every shard reports a missing input");
    }

    @Test
    void specsAreCheckedWithReasons() {
        assertEquals(new Shard(2, 3), Shard.parse(" 2/3"));
        assertEquals("2/3", new Shard(2, 3).toString());
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/3"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("4/3"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("1/0"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("x/y"));
    }
}
