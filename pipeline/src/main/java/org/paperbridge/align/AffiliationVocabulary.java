package org.paperbridge.align;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generic words of Chinese and English affiliations: the suffixes that end an institution or a
 * department, the province-level regions, and the usual English renderings of institution and
 * department words (stems, matched at the start of an English word), used as translation evidence.
 */
final class AffiliationVocabulary {
    private AffiliationVocabulary() {
    }

    /** Chinese word endings of an institution, longest first. */
    static final List<String> ZH_INSTITUTION = List.of("科学院", "研究院", "医学院", "大学", "医院", "公司", "集团",
            "卫生院", "保健院", "中心", "学院", "研究所", "委员会", "管理局", "局");

    /** Endings of units that are an institution only when no institution precedes them in the affiliation. */
    static final Set<String> ZH_EITHER = Set.of("中心", "学院", "研究所", "医学院");

    /** Chinese word endings of a department, school, laboratory or ward. */
    static final List<String> ZH_DEPARTMENT = List.of("重点实验室", "实验室", "教研室", "研究室", "课题组", "学系",
            "科室", "病区", "门诊", "系", "科", "所", "室");

    /** Province-level regions (generic geography), without 省/市/自治区. */
    static final Set<String> ZH_PROVINCES = Set.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林",
            "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川",
            "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门");

    /** The same regions as English writes them (lower case, letters only). */
    static final Set<String> EN_PROVINCES = Set.of("beijing", "tianjin", "shanghai", "chongqing", "hebei", "shanxi",
            "shaanxi", "liaoning", "jilin", "heilongjiang", "jiangsu", "zhejiang", "anhui", "fujian", "jiangxi",
            "shandong", "henan", "hubei", "hunan", "guangdong", "hainan", "sichuan", "guizhou", "yunnan", "gansu",
            "qinghai", "taiwan", "innermongolia", "neimenggu", "guangxi", "tibet", "xizang", "ningxia", "xinjiang",
            "hongkong", "macau", "macao");

    /** Irregular English names of regions whose pinyin English does not use. */
    static final Map<String, String> ZH_PLACE_IRREGULAR = Map.of("陕西", "shaanxi", "内蒙古", "innermongolia",
            "西藏", "tibet", "香港", "hongkong", "澳门", "macau");

    /** English words that make a comma-separated piece an institution. */
    static final List<String> EN_INSTITUTION = List.of("university", "hospital", "academy", "company", "corporation",
            "corp", "ltd", "co", "group", "inc", "bureau", "commission", "administration", "clinic");

    /** English words that open (or end) a department-like piece. */
    static final List<String> EN_DEPARTMENT = List.of("department", "dept", "school", "college", "faculty",
            "division", "laboratory", "laboratories", "lab", "institute", "institutes", "center", "centre", "unit",
            "section", "ward", "office", "team", "group", "program", "programme");

    static final Set<String> EN_COUNTRY = Set.of("china", "prchina", "prc", "peoplesrepublicofchina");

    /**
     * Chinese words of institution and department names and the stems of their English renderings.
     * Longest keys are tried first, so 附属医院 wins over 医院.
     */
    static final Map<String, List<String>> RENDERINGS = Map.ofEntries(
            Map.entry("大学", List.of("universit")),
            Map.entry("医院", List.of("hospital")),
            Map.entry("医科", List.of("medic")),
            Map.entry("医学", List.of("medic")),
            Map.entry("医学院", List.of("medical college", "medical school", "school of medicine", "college of medicine")),
            Map.entry("学院", List.of("college", "school", "institute", "academy", "faculty")),
            Map.entry("附属", List.of("affiliat", "attached")),
            Map.entry("人民", List.of("people")),
            Map.entry("中医", List.of("traditional chinese medicine", "chinese medicine", "tcm")),
            Map.entry("中医药", List.of("traditional chinese medicine", "chinese medicine")),
            Map.entry("中西医结合", List.of("integrated", "integrative")),
            Map.entry("研究院", List.of("research institute", "academy", "institute")),
            Map.entry("研究所", List.of("institute")),
            Map.entry("研究", List.of("research")),
            Map.entry("科学院", List.of("academy of science")),
            Map.entry("科学", List.of("scien")),
            Map.entry("科技", List.of("science and technology", "scien", "technolog")),
            Map.entry("技术", List.of("technolog")),
            Map.entry("工程", List.of("engineer")),
            Map.entry("工", List.of("engineer", "industr")),
            Map.entry("中心", List.of("center", "centre")),
            Map.entry("实验室", List.of("laborator", "lab")),
            Map.entry("重点", List.of("key")),
            Map.entry("国家", List.of("national", "state")),
            Map.entry("省", List.of("provinc")),
            Map.entry("市", List.of("municipal", "city")),
            Map.entry("公司", List.of("company", "corporation", "co", "ltd")),
            Map.entry("有限", List.of("limited", "ltd", "co")),
            Map.entry("集团", List.of("group")),
            Map.entry("系", List.of("department")),
            Map.entry("科", List.of("department", "division", "unit")),
            Map.entry("学系", List.of("department")),
            Map.entry("教研室", List.of("department", "teaching")),
            Map.entry("师范", List.of("normal")),
            Map.entry("理工", List.of("technolog", "science and technology")),
            Map.entry("工业", List.of("industr", "technolog")),
            Map.entry("农业", List.of("agricultur")),
            Map.entry("林业", List.of("forestry")),
            Map.entry("交通", List.of("jiaotong", "transport")),
            Map.entry("电力", List.of("electric power")),
            Map.entry("电气", List.of("electric")),
            Map.entry("电子", List.of("electronic")),
            Map.entry("信息", List.of("information")),
            Map.entry("计算机", List.of("computer")),
            Map.entry("软件", List.of("software")),
            Map.entry("数学", List.of("mathemat")),
            Map.entry("物理", List.of("physic")),
            Map.entry("化学", List.of("chemi")),
            Map.entry("生物", List.of("bio")),
            Map.entry("生命", List.of("life")),
            Map.entry("机械", List.of("mechanic")),
            Map.entry("材料", List.of("material")),
            Map.entry("环境", List.of("environment")),
            Map.entry("能源", List.of("energy")),
            Map.entry("食品", List.of("food")),
            Map.entry("动物", List.of("animal")),
            Map.entry("药学", List.of("pharma")),
            Map.entry("药", List.of("pharma", "drug", "medicin")),
            Map.entry("护理", List.of("nursing")),
            Map.entry("公共卫生", List.of("public health")),
            Map.entry("卫生", List.of("health")),
            Map.entry("基础医学", List.of("basic medic")),
            Map.entry("临床", List.of("clinic")),
            Map.entry("检验", List.of("laborator", "clinical laborator")),
            Map.entry("放射", List.of("radiolog")),
            Map.entry("影像", List.of("imaging", "radiolog")),
            Map.entry("超声", List.of("ultrasound", "ultrasonograph")),
            Map.entry("病理", List.of("patholog")),
            Map.entry("内科", List.of("internal medicine", "medicine")),
            Map.entry("外科", List.of("surger", "surgical")),
            Map.entry("感染", List.of("infect")),
            Map.entry("传染", List.of("infect")),
            Map.entry("消化", List.of("gastroenterolog", "digestive")),
            Map.entry("心内", List.of("cardiolog")),
            Map.entry("心血管", List.of("cardiovascular", "cardiolog")),
            Map.entry("心脏", List.of("cardiac", "heart")),
            Map.entry("神经", List.of("neuro")),
            Map.entry("呼吸", List.of("respirat", "pulmonary")),
            Map.entry("肾", List.of("nephrolog", "renal", "kidney")),
            Map.entry("内分泌", List.of("endocrin")),
            Map.entry("血液", List.of("hematolog", "haematolog", "blood")),
            Map.entry("肿瘤", List.of("oncolog", "cancer", "tumor", "tumour")),
            Map.entry("儿科", List.of("pediatric", "paediatric")),
            Map.entry("儿童", List.of("children", "child", "pediatric")),
            Map.entry("妇产", List.of("obstetric", "gynecolog")),
            Map.entry("妇幼", List.of("maternal", "maternity")),
            Map.entry("急诊", List.of("emergency")),
            Map.entry("麻醉", List.of("anesthe", "anaesthe")),
            Map.entry("眼", List.of("ophthalm", "eye")),
            Map.entry("口腔", List.of("stomatolog", "dental", "oral")),
            Map.entry("皮肤", List.of("dermatolog", "skin")),
            Map.entry("骨", List.of("orthop", "bone")),
            Map.entry("泌尿", List.of("urolog")),
            Map.entry("风湿", List.of("rheumatolog")),
            Map.entry("重症", List.of("critical care", "intensive care")),
            Map.entry("康复", List.of("rehabilitat")),
            Map.entry("营养", List.of("nutrition")),
            Map.entry("免疫", List.of("immun")),
            Map.entry("遗传", List.of("genetic")),
            Map.entry("分子", List.of("molecular")),
            Map.entry("细胞", List.of("cell")),
            Map.entry("基因", List.of("gene")),
            Map.entry("疾病", List.of("disease")),
            Map.entry("预防", List.of("prevent")),
            Map.entry("控制", List.of("control")),
            Map.entry("管理", List.of("manag")),
            Map.entry("健康", List.of("health")),
            Map.entry("保健", List.of("health care", "healthcare")),
            Map.entry("中国", List.of("china", "chinese")),
            Map.entry("中华", List.of("chinese", "china")),
            Map.entry("南方", List.of("southern", "south", "nanfang")),
            Map.entry("北方", List.of("northern", "north")),
            Map.entry("东方", List.of("eastern", "east")),
            Map.entry("西方", List.of("western", "west")),
            Map.entry("华南", List.of("south china")),
            Map.entry("华北", List.of("north china")),
            Map.entry("华东", List.of("east china")),
            Map.entry("华中", List.of("central china", "huazhong")),
            Map.entry("西南", List.of("southwest")),
            Map.entry("西北", List.of("northwest")),
            Map.entry("东北", List.of("northeast")),
            Map.entry("东南", List.of("southeast")),
            Map.entry("第一", List.of("first", "1st")),
            Map.entry("第二", List.of("second", "2nd")),
            Map.entry("第三", List.of("third", "3rd")),
            Map.entry("第四", List.of("fourth", "4th")),
            Map.entry("第五", List.of("fifth", "5th")),
            Map.entry("第六", List.of("sixth", "6th")),
            Map.entry("第七", List.of("seventh", "7th")),
            Map.entry("第八", List.of("eighth", "8th")),
            Map.entry("第九", List.of("ninth", "9th")),
            Map.entry("第十", List.of("tenth", "10th")));
}
