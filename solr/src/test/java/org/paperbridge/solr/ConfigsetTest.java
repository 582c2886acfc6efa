package org.paperbridge.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.solr.response.transform.TransformerFactory;
import org.apache.solr.search.QParserPlugin;
import org.junit.jupiter.api.Test;
import org.paperbridge.solr.plugin.BioTokenizerFactory;
import org.paperbridge.solr.plugin.HanLPTokenizerFactory;
import org.paperbridge.solr.plugin.PaperBridgeQParserPlugin;
import org.paperbridge.solr.plugin.PassageTransformerFactory;
import org.paperbridge.solr.plugin.TraditionalFoldFilterFactory;

/** The configset names the plugin's classes as they are, each of the kind Solr loads it as. */
class ConfigsetTest {
    private static final Pattern OUR_CLASS = Pattern.compile("class=\"(org\\.paperbridge\\.[\\w.]+)\"");

    @Test
    void eachPluginConstantIsItsClassName() {
        assertEquals(BioTokenizerFactory.class.getName(), BioTokenizerFactory.CLASS);
        assertEquals(HanLPTokenizerFactory.class.getName(), HanLPTokenizerFactory.CLASS);
        assertEquals(TraditionalFoldFilterFactory.class.getName(), TraditionalFoldFilterFactory.CLASS);
        assertEquals(PaperBridgeQParserPlugin.class.getName(), PaperBridgeQParserPlugin.CLASS);
        assertEquals(PassageTransformerFactory.class.getName(), PassageTransformerFactory.CLASS);
    }

    @Test
    void everyClassTheConfigsetNamesLoadsAsWhatSolrExpects() throws ClassNotFoundException {
        Map<String, Class<?>> kinds = Map.of("tokenizer", TokenizerFactory.class, "filter", TokenFilterFactory.class,
                "queryParser", QParserPlugin.class, "transformer", TransformerFactory.class);
        List<String> named = new ArrayList<>();
        for (String file : List.of(Configset.schema(), Configset.solrconfig())) {
            Matcher m = OUR_CLASS.matcher(file);
            while (m.find()) {
                String element = file.substring(file.lastIndexOf('<', m.start()) + 1).split("\\s", 2)[0];
                Class<?> kind = kinds.get(element);
                assertTrue(kind != null, "a plugin class in an unexpected element: " + element);
                Class<?> named1 = Class.forName(m.group(1));
                assertTrue(kind.isAssignableFrom(named1), m.group(1) + " is a " + kind.getSimpleName());
                named.add(named1.getSimpleName());
            }
        }
        assertEquals(List.of("HanLPTokenizerFactory", "TraditionalFoldFilterFactory", "BioTokenizerFactory",
                "TraditionalFoldFilterFactory", "PaperBridgeQParserPlugin", "PassageTransformerFactory"), named);
    }
}
