package org.paperbridge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DocScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    private static Map<String, Boolean> results(JsonNode gold, JsonNode article) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (FieldResult f : new DocScorer().score(gold, article)) {
            out.put(f.field(), f.correct());
        }
        return out;
    }

    private static final String ARTICLE = "{'title': {'zh': '基于 SDN 的组播安全机制', 'en': 'SDN-based Multicast Security Mechanism'},"
            + " 'authors': [{'name': {'zh': '李旭阳', 'en': 'LI Xu-yang'}}, {'name': {'zh': '郜 帅', 'en': 'GAO Shuai'}}],"
            + " 'keywords': [{'zh': '组播', 'en': 'multicast'}, {'zh': '数字证书', 'en': null}],"
            + " 'abstract': {'zh': {'text': '传统组播有问题。SDN有办法。', 'sentences': [[0, 8], [8, 15]]}, 'en': null},"
            + " 'identifiers': {'doi': '10.3969/J.ISSN.1673-629X.2020.10.021', 'clc': ['TP393']},"
            + " 'sections': [{'number': null, 'title': null}, {'number': '0', 'title': '引 言'}, {'number': '1', 'title': '方案'}],"
            + " 'affiliations': [{'zh': '北京交通大学 电子信息工程学院，北京 100044', 'en': null}],"
            + " 'references': [{'n': 1, 'title': 'A survey of group key management', 'year': 2011, 'authors': ['LI H', 'LIU Z']},"
            + "                {'n': 2, 'title': 'Iolus', 'year': 1998, 'authors': ['MITTRA S']}]}";

    @Test
    void scoresEachGoldFieldWithCheckDocsRules() throws Exception {
        JsonNode gold = json("{'title_zh': '基于SDN的组播安全机制', 'title_en': 'SDN-based multicast security mechanism',"
                + " 'authors_zh': ['李旭阳', '郜帅'], 'authors_en': ['LI Xuyang', 'GAO Shuai'],"
                + " 'keywords_zh': ['组播', '数字证书'], 'keywords_en': ['multicast', 'digital certificate'],"
                + " 'abstract_zh_first_sentence': '传统组播有问题。', 'abstract_en_first_sentence': 'Traditional IP multicast.',"
                + " 'doi': '10.3969/j.issn.1673-629X.2020.10.021', 'clc': 'TP393', 'top_level_sections': ['0 引言', '1 方案'],"
                + " 'reference_count': 2}");
        Map<String, Boolean> want = new LinkedHashMap<>();
        want.put("title_zh", true);          // whitespace ignored in Chinese
        want.put("title_en", true);          // case-folded
        want.put("authors_zh", true);
        want.put("authors_en", true);        // hyphens ignored in English names
        want.put("keywords_zh", true);
        want.put("keywords_en", false);      // one English keyword missing
        want.put("abstract_zh_first_sentence", true);
        want.put("abstract_en_first_sentence", false);
        want.put("doi", true);               // compared case-folded
        want.put("clc", true);
        want.put("top_level_sections", true); // the untitled first section is not numbered
        want.put("reference_count", true);
        assertEquals(want, results(gold, json(ARTICLE)));
    }

    @Test
    void nullGoldFieldsAreNotScored() throws Exception {
        JsonNode gold = json("{'title_zh': '基于SDN的组播安全机制', 'title_en': null, 'keywords_en': [], 'reference_count': null}");
        assertEquals(List.of("title_zh"), List.copyOf(results(gold, json(ARTICLE)).keySet()));
    }

    @Test
    void scoresAffiliationsAndFirstReferencesBeyondCheckDocs() throws Exception {
        JsonNode gold = json("{'affiliations': [{'zh': '北京交通大学 电子信息工程学院，北京100044', 'en': null}],"
                + " 'references_first3': [{'n': 1, 'title': 'A survey of group key management', 'year': 2011, 'authors': ['LI H']},"
                + "   {'n': 2, 'title': 'Iolus', 'year': 1997, 'authors': ['MITTRA S']},"
                + "   {'n': 3, 'title': 'Software-defined networking', 'year': 2015, 'authors': []},"
                + "   {'n': 4, 'title': null}]}");
        Map<String, Boolean> want = new LinkedHashMap<>();
        want.put("affiliations_zh", true);   // an English side the gold lacks is not scored
        want.put("reference_1", true);
        want.put("reference_2", false);      // wrong year
        want.put("reference_3", false);      // no such reference
        assertEquals(want, results(gold, json(ARTICLE)));
        for (FieldResult f : new DocScorer().score(gold, json(ARTICLE))) {
            assertEquals(false, f.core(), f.field());
        }
    }
}
