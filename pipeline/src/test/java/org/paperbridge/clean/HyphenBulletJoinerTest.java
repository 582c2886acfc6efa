package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paperbridge.clean.TestBlocks.body;
import static org.paperbridge.clean.TestBlocks.texts;

import java.util.List;

import org.junit.jupiter.api.Test;

class HyphenBulletJoinerTest {
    private final HyphenBulletJoiner joiner = new HyphenBulletJoiner();

    @Test
    void joinsWordsBrokenAtALineEndWithAHyphenBullet() {
        // 计算机技术与发展 2020/2022 (publisher PDFs): "intelli⁃ gent", "Re⁃\nview".
        assertEquals(List.of("the trend of intelligent, diversified", "ACM SIGCOMM Computer Communication Review,1997"),
                texts(joiner.apply(List.of(body("the trend of intelli⁃ gent, diversified"),
                        body("ACM SIGCOMM Computer Communication Re⁃\nview,1997")))));
        // before a capital or at the block end it is left for the reader to judge
        assertEquals(List.of("IPv4⁃ IPv6", "and map⁃"), texts(joiner.apply(List.of(body("IPv4⁃ IPv6"), body("and map⁃")))));
    }
}
