package org.paperbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkdownBlockSplitterTest {
    private static List<String> texts(String markdown) {
        return new MarkdownBlockSplitter().split(markdown).stream().map(Block::text).toList();
    }

    @Test
    void keepsHardLineBreaksAsLineBreaksAndJoinsSoftOnes() {
        // MinerU Markdown (植物生态学报 2016): one printed reference per line, two trailing spaces each.
        String md = "# 参考文献\n\nBao SD (2000).Soil Agricultural Chemistry Analysis.  \n"
                + "Dixon RK,Brown S (1994). Carbon pools and flux of global forest ecosystems.  \n"
                + "Science,263,185-190.\n\nA wrapped\nparagraph.\n";
        assertEquals(List.of("参考文献",
                "Bao SD (2000).Soil Agricultural Chemistry Analysis.\nDixon RK,Brown S (1994). Carbon pools and flux of global"
                        + " forest ecosystems.\nScience,263,185-190.",
                "A wrapped paragraph."), texts(md));
    }
}
