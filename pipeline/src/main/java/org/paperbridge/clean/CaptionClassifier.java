package org.paperbridge.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;
import org.paperbridge.lang.TraditionalChinese;

/**
 * Marks figure and table captions in the body ({@code 图 1 …}, {@code 表2 …}, {@code Fig. 3 …},
 * {@code Table 1 …}) as {@link BlockKind#CAPTION}, so that a paragraph split around a figure is
 * joined past its caption instead of swallowing it.
 */
public final class CaptionClassifier implements BlockFilter {
    private static final int MAX_CAPTION = 150;
    private static final Pattern LABEL = TraditionalChinese.pattern(
            "^(?:[图表]|附图|附表|(?i:fig\\.?|figure|table))\\s*[A-Z]?\\d{1,2}(?:[.\\-–]\\d{1,2})?(?![\\d.%])\\s*[.:：]?\\s*\\S");
    /** "图 1 显示…", "表 2 中…": running text that starts by pointing at a figure. */
    private static final Pattern REFERRING = TraditionalChinese.pattern(
            "^(?:[图表]\\s*\\d{1,2}\\s*(?:显示|所示|示|中|为|可见|表明|提示|列出|结果))|^(?i:(?:fig\\.?|figure|table)\\s*\\d{1,2}\\s+(?:shows|showed|presents|lists|summari[sz]es)\\b)");

    @Override
    public List<Block> apply(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            boolean caption = b.zone() == Zone.BODY && b.kind() == BlockKind.PARAGRAPH && isCaption(b.text());
            out.add(caption ? b.withKind(BlockKind.CAPTION) : b);
        }
        return out;
    }

    static boolean isCaption(String text) {
        String s = text.strip();
        if (s.codePointCount(0, s.length()) > MAX_CAPTION || !LABEL.matcher(s).find() || REFERRING.matcher(s).find()) {
            return false;
        }
        int stop = s.indexOf('。');
        return stop < 0 || stop == s.length() - 1;
    }
}
