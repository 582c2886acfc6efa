package org.paperbridge.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.ingest.Block;

/**
 * Removes the pinyin readings a web page's ruby annotations leave inline when its text is
 * copied: {@code 复(fù)发} → {@code 复发}, {@code 龋（qǔ）齿} → {@code 龋齿}. Only a reading with a
 * tone mark, right after a Han character, goes: {@code 肝癌(HCC)}, {@code 方法(method)} and
 * {@code (de)} stay.
 */
public final class PinyinReadingRemover implements BlockFilter {
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    /** One to four syllables of lower-case pinyin, at least one vowel with a tone mark. */
    private static final Pattern READING = Pattern.compile(
            "(?<=\\p{IsHan})[(（]\\s?((?:[a-zü" + TONED + "]{1,6}\\s?){1,4})[)）]");

    @Override
    public List<Block> apply(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            // A cheap test first: most texts have no toned vowel at all.
            out.add(hasTone(b.text()) ? b.withText(remove(b.text())) : b);
        }
        return out;
    }

    static String remove(String text) {
        Matcher m = READING.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, hasTone(m.group(1)) ? "" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean hasTone(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (TONED.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
