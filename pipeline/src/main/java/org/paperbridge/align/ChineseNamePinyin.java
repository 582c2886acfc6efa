package org.paperbridge.align;

import org.paperbridge.lang.Scripts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import org.paperbridge.text.HanLPSetup;
import org.paperbridge.model.CodePoints;

/**
 * Splits a Chinese personal name into surname and given name and spells both in toneless pinyin.
 * HanLP's pinyin is not name-aware: compound surnames are recognised here, and the surnames
 * it reads wrongly (单 dan for Shan, 曾 ceng for Zeng, …) take their surname reading, while the
 * HanLP reading stays as an alternative.
 */
final class ChineseNamePinyin {
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "长孙", "宇文", "夏侯", "令狐", "端木", "单于", "万俟", "轩辕", "独孤", "南宫", "西门",
            "闻人", "澹台", "申屠", "太史", "呼延", "赫连", "拓跋", "钟离", "百里", "东郭", "司空", "乐正");
    private static final Map<String, String> SURNAME_READINGS = Map.ofEntries(
            Map.entry("单", "shan"), Map.entry("曾", "zeng"), Map.entry("解", "xie"), Map.entry("仇", "qiu"),
            Map.entry("区", "ou"), Map.entry("查", "zha"), Map.entry("朴", "piao"), Map.entry("盖", "ge"),
            Map.entry("缪", "miao"), Map.entry("翟", "zhai"), Map.entry("覃", "qin"), Map.entry("乐", "yue"),
            Map.entry("员", "yun"), Map.entry("秘", "bi"), Map.entry("种", "chong"), Map.entry("召", "shao"),
            Map.entry("尉迟", "yuchi"), Map.entry("万俟", "moqi"), Map.entry("单于", "chanyu"), Map.entry("长孙", "zhangsun"));

    /** A name in pinyin: surname readings (first is preferred) and given-name syllables. */
    record Spelled(List<String> surnames, List<String> given) {
        String initials() {
            StringBuilder sb = new StringBuilder();
            given.forEach(g -> sb.append(g.charAt(0)));
            return sb.toString();
        }
    }

    private ChineseNamePinyin() {
    }

    /** Null when the name has no Chinese characters. */
    static Spelled spell(String name) {
        StringBuilder han = new StringBuilder();
        name.codePoints().filter(Scripts::isHan).forEach(han::appendCodePoint);
        String h = han.toString();
        if (h.isEmpty()) {
            return null;
        }
        HanLPSetup.ensure();
        int cut = h.length() >= 3 && COMPOUND_SURNAMES.contains(h.substring(0, 2)) ? 2 : 1;
        String surname = h.substring(0, cut);
        Set<String> readings = new LinkedHashSet<>();
        String special = SURNAME_READINGS.get(surname);
        if (special != null) {
            readings.add(special);
        }
        readings.add(String.join("", syllables(surname)));
        return new Spelled(new ArrayList<>(readings), syllables(h.substring(cut)));
    }

    private static List<String> syllables(String han) {
        List<String> out = new ArrayList<>();
        for (Pinyin p : HanLP.convertToPinyinList(han)) {
            out.add(p.getPinyinWithoutTone().replace('v', 'u'));
        }
        return out;
    }
}
