package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a run of Chinese names printed without separators (于世强陈志敏, 王宏建易敏刘广: converters
 * drop the thin spaces and superscripts between names) into names. Each name must begin with a
 * known surname and be two or three characters long (three or four after a compound surname); of
 * the ways to cut the run that satisfy this, the one with the most three-character names and the
 * most common surnames wins. A run that cannot be cut so gives nothing, so ordinary words are not
 * taken for names.
 */
final class GluedNames {
    /** The most common single-character surnames, most frequent first (about 95 % of people). */
    private static final String COMMON = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺"
            + "顾毛郝龚邵万钱严覃武戴莫孔向汤";
    /** Less common surnames: accepted, but a cut through a common one is preferred. */
    private static final String RARER = "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁"
            + "尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
            + "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛"
            + "仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花"
            + "权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓"
            + "修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富"
            + "尧闭由";
    private static final Set<String> COMPOUND = Set.of("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "令狐", "夏侯", "端木", "澹台", "西门", "南宫", "百里", "呼延", "独孤");

    private GluedNames() {
    }

    /**
     * Two two-character names in a four-character run (李茜白滨 → 李茜, 白滨) when both open with a
     * known single surname and the run does not open with a compound one; else an empty list.
     * Only for callers with other evidence of two names: a four-character name is possible.
     */
    static List<String> split2(String run) {
        if (run.length() != 4 || COMPOUND.contains(run.substring(0, 2)) || !isSurname(run.charAt(0))
                || !isSurname(run.charAt(2)) || !run.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp)
                == Character.UnicodeScript.HAN)) {
            return List.of();
        }
        return List.of(run.substring(0, 2), run.substring(2));
    }

    static boolean isSurname(char c) {
        return COMMON.indexOf(c) >= 0 || RARER.indexOf(c) >= 0;
    }

    /** The names of a run of five to twelve Han characters, or an empty list. */
    static List<String> split(String run) {
        int n = run.length();
        if (n < 5 || n > 12 || !run.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp)
                == Character.UnicodeScript.HAN)) {
            return List.of();
        }
        // best[i]: the lowest cost of cutting run[i..]; next[i]: where the first name of that cut ends
        double[] best = new double[n + 1];
        int[] next = new int[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[n] = 0;
        for (int i = n - 2; i >= 0; i--) {
            int surname = COMPOUND.contains(run.substring(i, i + 2)) ? 2 : 1;
            double surnameCost = surname == 2 ? 0 : COMMON.indexOf(run.charAt(i)) >= 0 ? 0
                    : RARER.indexOf(run.charAt(i)) >= 0 ? 0.6 : Double.NaN;
            if (Double.isNaN(surnameCost)) {
                continue;
            }
            for (int len = surname + 1; len <= surname + 2 && i + len <= n; len++) {
                double cost = surnameCost + (len == surname + 2 ? 0 : 0.5) + best[i + len];
                if (cost < best[i]) {
                    best[i] = cost;
                    next[i] = i + len;
                }
            }
        }
        if (best[0] == Double.POSITIVE_INFINITY) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i = next[i]) {
            names.add(run.substring(i, next[i]));
        }
        return names.size() > 1 ? names : List.of();
    }
}
