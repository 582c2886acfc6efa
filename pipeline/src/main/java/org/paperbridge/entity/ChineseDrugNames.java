package org.paperbridge.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese drug and compound names no lexicon lists, told by their form: an INN stem as Chinese
 * writes it (伊马替尼 -tinib, 辛伐他汀 -statin, 利伐沙班 -xaban, 曲妥珠单抗 -mab) after a run of
 * transliteration characters, with a salt before it (盐酸布比卡因); a systematic name made only of
 * nomenclature morphemes and ending in a class suffix (甲羟戊酸, 5-氮杂-2-脱氧胞苷, 乙酰辅酶A); a
 * class, X类, after either or after a chemical the lexicon found (青霉素类, 他汀类). A name the
 * lexicon knows keeps its sense; the others get no id. See {@link DrugCodes} for codes (XL-184).
 */
final class ChineseDrugNames {
    /** Chinese renderings of INN stems, longest first within a shared ending. */
    private static final String[] STEMS = {
        "珠单抗", "昔单抗", "木单抗", "单抗", "替尼", "非尼", "西利", "帕利", "他汀", "洛尔", "沙班", "加群",
        "霉素", "菌素", "西林", "沙星", "环素", "康唑", "拉唑", "替丁", "司琼", "沙坦", "普利", "地平", "比星",
        "泊苷", "他赛", "紫杉醇", "替康", "他滨", "诺他", "司他", "莫司", "佐米", "那肽", "鲁肽", "卡因", "泊酚",
        "氟醚", "氟烷", "西泮", "唑仑", "西汀", "洛芬", "芬酸", "昔康", "昔布", "塞米", "噻嗪", "司特", "膦酸",
        "格列酮", "格列汀", "列奈", "昔芬", "美坦", "司酮", "唑胺", "巴嗪", "米松", "尼松", "可的松", "洛韦",
        "他韦", "布韦", "那韦", "拉韦", "福韦", "芬太尼", "曲坦", "瑞滨", "新碱", "花碱", "铂",
    };
    /** Stems that name a class with 类 and nothing before them: 他汀类, 沙坦类. */
    private static final String CLASS_STEMS = "他汀沙坦普利沙星铂";
    /** Characters of transliterated drug names (as INN names are rendered), which a stem's name may start with. */
    private static final String TRANSLIT = "阿艾安昂奥巴百拜班邦贝倍苯比吡苄别丙波泊博布达丹地蒂丁定东度多厄恩法凡泛"
            + "非芬夫伏氟福甘戈格更古谷胍哈禾红胡华环磺吉己卡凯坎康考柯科克库奎喹拉来莱赖兰劳乐勒雷利立丽林磷硫柳龙卢"
            + "鲁仑伦罗螺洛氯马吗麦曼美门孟咪米莫姆那纳奈萘尼诺帕哌派泮培喷硼匹泼普齐奇羟青氢氰屈曲瑞若噻塞赛沙舍舒双顺"
            + "司丝松索他泰坦特替酮托妥瓦韦维沃乌西昔烯喜辛溴雅亚烟扬伊依乙异吲英尤优右扎樟珠紫左佐唑长春表七氨链庆伐希";
    private static final String[] SALTS = {"盐酸", "硫酸", "酒石酸", "马来酸", "甲磺酸", "苯磺酸", "枸橼酸", "磷酸", "醋酸",
        "富马酸", "琥珀酸", "乳酸", "注射用"};
    private static final int MAX_BEFORE_STEM = 5;
    /** Words a drug name may follow straight, when one character is all that stands before its stem. */
    private static final String BEFORE_NAME = "和与及或的用以对为是在将被经给从由予服并后前中等如即种及、，。；：（）()“”《》 ";

    /** Morphemes of systematic Chinese chemical names, longest first. */
    private static final String[] MORPHEMES = {
        "还原型", "氧化型", "辅酶A", "烟酰胺", "腺嘌呤", "鸟嘌呤", "核苷酸", "甲酰胺", "磷脂酰", "谷胱甘肽", "二核苷酸",
        "氨基", "羟基", "甲基", "乙基", "乙酰", "甲酰", "酰胺", "硝基", "巯基", "羧基", "氮杂", "脱氧", "核糖", "核苷",
        "腺苷", "胞苷", "胸苷", "尿苷", "鸟苷", "嘌呤", "嘧啶", "咪唑", "吲哚", "吡啶", "呋喃", "噻唑", "哌嗪", "吗啉",
        "磷酸", "硫酸", "烟酸", "肌醇", "胆碱", "单酰", "戊二", "辅酶",
        "甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "一", "二", "三", "四", "五", "六", "单", "双", "多", "羟", "氨", "酰",
        "苯", "苄", "萘", "环", "烯", "炔", "氯", "氟", "溴", "碘", "羧", "醛", "胍", "氰", "氧", "异", "酸", "醇", "苷",
        "胺", "酯", "醚", "酚", "酮", "腈", "肼", "脲", "肟",
    };
    /** The morphemes by their first char, each group in MORPHEMES' order (longest first still wins). */
    private static final String[][] MORPHEME_GROUPS;
    /** 1 + the group of the morphemes a char starts, or 0 when it starts none. */
    private static final byte[] MORPHEME_GROUP = new byte[65536];

    static {
        List<List<String>> groups = new ArrayList<>();
        for (String m : MORPHEMES) {
            if (MORPHEME_GROUP[m.charAt(0)] == 0) {
                groups.add(new ArrayList<>());
                MORPHEME_GROUP[m.charAt(0)] = (byte) groups.size();
            }
            groups.get(MORPHEME_GROUP[m.charAt(0)] - 1).add(m);
        }
        MORPHEME_GROUPS = new String[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            MORPHEME_GROUPS[g] = groups.get(g).toArray(new String[0]);
        }
    }
    /** What a systematic name must end with. */
    private static final String[] CLASS_SUFFIXES = {"辅酶A", "核苷酸", "嘌呤", "嘧啶", "肌醇", "胆碱", "酸", "醇", "苷", "胺",
        "酯", "醚", "酚", "醛", "酮", "腈", "肼", "脲", "肟"};
    /** After these a systematic-looking name is a process, an enzyme, a group or a receptor: 磷酸化, 乙酰胆碱酯酶. */
    private static final String NOT_AFTER = "化酶基受转合激结根盐键";

    private ChineseDrugNames() {
    }

    static List<Candidate> find(String text, List<Candidate> found, Lexicon lexicon) {
        List<Candidate> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (Candidate c : found) {
            if (!c.entry().type().equals("chemical")) {
                for (int i = c.start(); i < c.end(); i++) {
                    taken[i] = true; // a drug name never swallows a gene, disease or cell before it
                }
            }
        }
        stemNames(text, taken, lexicon, out);
        // A systematic name never cuts one the lexicon found (嘧啶核苷 in 胸腺嘧啶核苷), though it may hold one.
        boolean[] cut = new boolean[text.length() + 1];
        for (Candidate c : found) {
            for (int i = c.start() + 1; i < c.end(); i++) {
                cut[i] = true;
            }
        }
        systematicNames(text, taken, cut, lexicon, out);
        List<Candidate> chemicals = new ArrayList<>(out);
        chemicals.addAll(found);
        for (Candidate c : chemicals) {
            if (c.entry().type().equals("chemical")) {
                Candidate cls = asClass(text, c);
                if (cls != null) {
                    out.add(cls);
                }
            }
        }
        return out;
    }

    private static void stemNames(String text, boolean[] taken, Lexicon lexicon, List<Candidate> out) {
        for (String stem : STEMS) {
            for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
                int end = at + stem.length();
                int start = at;
                while (start > 0 && at - start < MAX_BEFORE_STEM && TRANSLIT.indexOf(text.charAt(start - 1)) >= 0
                        && !taken[start - 1]) {
                    start--;
                }
                boolean cls = end < text.length() && text.charAt(end) == '类';
                if (start == at && !(cls && CLASS_STEMS.contains(stem))) {
                    continue; // a stem alone is no name: 霉素, 单抗
                }
                if (at - start == 1 && start > 0 && Character.isIdeographic(text.charAt(start - 1))
                        && BEFORE_NAME.indexOf(text.charAt(start - 1)) < 0) {
                    continue; // 白蛋白紫杉醇: one character may end the word before, not start a name
                }
                if (cls) {
                    end++;
                } else if (end < text.length() && text.charAt(end) >= 'A' && text.charAt(end) <= 'Z'
                        && (end + 1 >= text.length() || !isLatinOrDigit(text.charAt(end + 1)))) {
                    end++; // 放线菌素D
                }
                out.add(withSalt(text, start, end, lexicon));
            }
        }
    }

    private static void systematicNames(String text, boolean[] taken, boolean[] cut, Lexicon lexicon,
            List<Candidate> out) {
        int i = 0;
        while (i < text.length()) {
            // The table look-up first: most chars start no morpheme and no locant.
            boolean startsName = !taken[i] && (morphemeAt(text, i) > 0 || locantAt(text, i, false) > 0)
                    && (i == 0 || morphemeAt(text, i - 1) == 0 && !isLatinOrDigit(text.charAt(i - 1)));
            if (!startsName) {
                i++;
                continue;
            }
            int end = i;
            int morphemes = 0;
            int lastSuffixEnd = -1;
            while (end < text.length() && !taken[end]) {
                int locant = locantAt(text, end, end > i);
                if (locant > 0 && end + locant < text.length() && morphemeAt(text, end + locant) > 0) {
                    end += locant;
                    continue;
                }
                int m = morphemeAt(text, end);
                if (m == 0) {
                    break;
                }
                end += m;
                morphemes++;
                if (endsWithSuffix(text, end)) {
                    lastSuffixEnd = end;
                }
            }
            // The whole run must be the name: morphemes after the last suffix (酸甲) mean it is something else.
            if (lastSuffixEnd == end && morphemes >= 2 && !cut[i] && !cut[end]
                    && (end >= text.length() || NOT_AFTER.indexOf(text.charAt(end)) < 0)) {
                out.add(named(text, i, end, lexicon));
            }
            i = Math.max(i + 1, end);
        }
    }

    /** The chars a locant outside a name starts with: a digit or one of NLDαβγ. */
    private static final CharFlags LOCANT_START = new CharFlags(
            c -> Character.isDigit((char) c) || "NLDαβγ".indexOf((char) c) >= 0);

    /** 5-, 3,4-, N-, L-, α- before a morpheme; inside a name also -3 (3-羟基-3甲基…). */
    private static int locantAt(String text, int i, boolean inName) {
        if (!inName && (i >= text.length() || !LOCANT_START.test(text.charAt(i)))) {
            return 0; // the answer below for most chars, by one look-up (this is asked at every char)
        }
        int j = i;
        if (inName && j < text.length() && text.charAt(j) == '-') {
            j++;
        }
        int digits = j;
        while (j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == ',' && j > digits)) {
            j++;
        }
        if (j == digits) {
            if (inName || j >= text.length() || "NLDαβγ".indexOf(text.charAt(j)) < 0) {
                return 0;
            }
            j++;
        }
        if (j < text.length() && text.charAt(j) == '-') {
            j++;
        } else if (!inName || j == i) {
            return 0;
        }
        return j - i;
    }

    private static int morphemeAt(String text, int i) {
        int group = i < text.length() ? MORPHEME_GROUP[text.charAt(i)] : 0;
        if (group == 0) {
            return 0;
        }
        for (String m : MORPHEME_GROUPS[group - 1]) {
            if (text.startsWith(m, i)) {
                return m.length();
            }
        }
        return 0;
    }

    private static boolean endsWithSuffix(String text, int end) {
        for (String s : CLASS_SUFFIXES) {
            if (end >= s.length() && text.startsWith(s, end - s.length())) {
                return true;
            }
        }
        return false;
    }

    /** A chemical followed by 类 (not 类似): the class it names, with its sense (青霉素类 → penicillins, 异羟肟酸类). */
    private static Candidate asClass(String text, Candidate c) {
        int e = c.end();
        if (e < text.length() && text.charAt(e) == '类' && (e + 1 >= text.length() || text.charAt(e + 1) != '似')) {
            String name = text.substring(c.start(), e + 1);
            return new Candidate(c.start(), e + 1, c.entry().withSource(LexiconEntry.Source.COMPOSED, name));
        }
        return null;
    }

    /** The name with a salt or dosage word before it, which keeps the sense the base name has in the lexicon. */
    private static Candidate withSalt(String text, int start, int end, Lexicon lexicon) {
        int s = start;
        for (String salt : SALTS) {
            if (start >= salt.length() && text.startsWith(salt, start - salt.length())) {
                s = salt.equals("注射用") ? start : start - salt.length();
                break;
            }
        }
        Candidate base = named(text, start, end, lexicon);
        return new Candidate(s, end, base.entry());
    }

    private static Candidate named(String text, int start, int end, Lexicon lexicon) {
        String name = text.substring(start, end);
        for (LexiconEntry e : lexicon.lookup(MatchText.key(name))) {
            if (e.type().equals("chemical")) {
                return new Candidate(start, end, e.withSource(LexiconEntry.Source.COMPOSED, name));
            }
        }
        return new Candidate(start, end, new LexiconEntry("chemical", name, null, null, LexiconEntry.Source.COMPOSED,
                false, name));
    }

    private static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
