package org.paperbridge.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.TreeSet;

import org.paperbridge.io.AtomicFiles;
import org.paperbridge.entity.BilingualTerms;
import org.paperbridge.index.Fields;
import org.paperbridge.solr.plugin.BioTokenizerFactory;
import org.paperbridge.solr.plugin.HanLPTokenizerFactory;
import org.paperbridge.solr.plugin.PaperBridgeQParserPlugin;
import org.paperbridge.solr.plugin.PassageTransformerFactory;
import org.paperbridge.solr.plugin.TraditionalFoldFilterFactory;

/**
 * The SolrCloud configset of a PaperBridge collection: {@code managed-schema.xml} with the very
 * fields and analysis chains of the local index, {@code solrconfig.xml} registering the plugin's
 * query parser and snippet transformer with global term statistics, and the segmenter's
 * dictionary. Operators upload it to ZooKeeper; the plugin jar must be on Solr's class path.
 */
public final class Configset {
    public static final String TERMS_FILE = "paperbridge-terms.txt";

    private Configset() {
    }

    /**
     * Writes the configset into {@code args[0]}: the build runs this beside the plugin jar. Unlike
     * the command line's main it never calls System.exit, which would end the Maven JVM it runs in.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Configset DIR");
        }
        write(Path.of(args[0]), BilingualTerms.load().chinese());
    }

    /** Writes the configset into {@code dir} (created if needed); {@code chineseTerms} are kept whole by the segmenter. */
    public static void write(Path dir, Collection<String> chineseTerms) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve("managed-schema.xml"), schema().getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(dir.resolve("solrconfig.xml"), solrconfig().getBytes(StandardCharsets.UTF_8));
        StringBuilder terms = new StringBuilder("# Chinese terms the HanLP tokenizer keeps whole (the entity lexicons).\n");
        for (String term : new TreeSet<>(chineseTerms)) {
            if (!term.isBlank() && term.indexOf('\n') < 0) {
                terms.append(term.strip()).append('\n');
            }
        }
        AtomicFiles.write(dir.resolve(TERMS_FILE), terms.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String schema() {
        StringBuilder s = new StringBuilder();
        s.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by `paperbridge solr configset`: the fields of the PaperBridge Lucene index. -->
                <schema name="paperbridge" version="1.7">
                  <uniqueKey>id</uniqueKey>

                  <fieldType name="key" class="solr.StrField" docValues="true"/>
                  <fieldType name="string" class="solr.StrField" sortMissingLast="true" docValues="false"/>
                  <fieldType name="facet" class="solr.StrField" docValues="true" multiValued="true"/>
                  <fieldType name="pint" class="solr.IntPointField" docValues="false"/>
                  <fieldType name="plong" class="solr.LongPointField" docValues="true"/>
                  <fieldType name="text_zh" class="solr.TextField" storeOffsetsWithPositions="true">
                    <analyzer>
                      <tokenizer class="%1$s" dictionary="%2$s"/>
                      <filter class="solr.CJKWidthFilterFactory"/>
                      <filter class="solr.LowerCaseFilterFactory"/>
                    </analyzer>
                  </fieldType>
                  <fieldType name="text_zh_bigram" class="solr.TextField" storeOffsetsWithPositions="true">
                    <analyzer>
                      <tokenizer class="solr.StandardTokenizerFactory"/>
                      <filter class="solr.CJKWidthFilterFactory"/>
                      <filter class="solr.LowerCaseFilterFactory"/>
                      <filter class="%3$s"/>
                      <filter class="solr.CJKBigramFilterFactory"/>
                    </analyzer>
                  </fieldType>
                  <fieldType name="text_en" class="solr.TextField" storeOffsetsWithPositions="true">
                    <analyzer>
                      <tokenizer class="%4$s"/>
                      <filter class="solr.StopFilterFactory"/>
                      <filter class="solr.PorterStemFilterFactory"/>
                    </analyzer>
                  </fieldType>
                  <fieldType name="text_author" class="solr.TextField">
                    <analyzer>
                      <tokenizer class="solr.StandardTokenizerFactory"/>
                      <filter class="solr.LowerCaseFilterFactory"/>
                      <filter class="%3$s"/>
                    </analyzer>
                  </fieldType>

                  <field name="id" type="key" indexed="true" stored="true" required="true"/>
                  <field name="_root_" type="key" indexed="true" stored="false" docValues="false"/>
                  <field name="_version_" type="plong" indexed="false" stored="false"/>
                """.formatted(HanLPTokenizerFactory.CLASS, TERMS_FILE, TraditionalFoldFilterFactory.CLASS,
                BioTokenizerFactory.CLASS));
        field(s, Fields.KIND, "string", true, true, false);
        field(s, Fields.DOC_ID, "string", true, true, false);
        field(s, Fields.SOURCE_KEY, "string", true, false, false);
        field(s, Fields.PARAGRAPH_ID, "string", true, true, false);
        field(s, Fields.SECTION_NUMBER, "string", true, true, false);
        field(s, Fields.SECTION_TITLE, "string", false, true, false);
        field(s, Fields.LANG, "string", true, true, false);
        field(s, Fields.YEAR, "pint", true, true, false);
        field(s, Fields.DOI, "string", true, false, false);
        field(s, Fields.DOI_TEXT, "string", false, true, false);
        field(s, Fields.TITLE_ZH, "string", false, true, false);
        field(s, Fields.TITLE_EN, "string", false, true, false);
        field(s, Fields.KEYWORD, "string", true, false, true);
        field(s, Fields.AUTHOR, "string", true, false, true);
        field(s, Fields.AUTHOR_WORDS, "text_author", true, false, true);
        field(s, Fields.PAIR, "string", false, true, true);
        field(s, Fields.ENTITY_SPANS, "string", false, true, false);
        for (String group : Fields.GROUPS) {
            field(s, Fields.zh(group), "text_zh", true, true, false);
            field(s, Fields.bigram(group), "text_zh_bigram", true, false, false);
            field(s, Fields.en(group), "text_en", true, false, false);
        }
        for (String entity : Fields.ENTITY_FIELDS) {
            field(s, entity, "string", true, false, true);
            facet(s, entity);
        }
        facet(s, Fields.FACET_KEYWORD);
        facet(s, Fields.FACET_YEAR);
        s.append("</schema>\n");
        return s.toString();
    }

    private static void field(StringBuilder s, String name, String type, boolean indexed, boolean stored,
                              boolean multiValued) {
        s.append("  <field name=\"").append(name).append("\" type=\"").append(type)
                .append("\" indexed=\"").append(indexed).append("\" stored=\"").append(stored)
                .append("\" multiValued=\"").append(multiValued).append("\"/>\n");
    }

    private static void facet(StringBuilder s, String dimension) {
        s.append("  <field name=\"").append(SolrDocuments.facetField(dimension))
                .append("\" type=\"facet\" indexed=\"false\" stored=\"false\"/>\n");
    }

    static String solrconfig() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by `paperbridge solr configset`. -->
                <config>
                  <luceneMatchVersion>9.12</luceneMatchVersion>
                  <dataDir>${solr.data.dir:}</dataDir>
                  <directoryFactory name="DirectoryFactory" class="${solr.directoryFactory:solr.NRTCachingDirectoryFactory}"/>
                  <schemaFactory class="ManagedIndexSchemaFactory">
                    <bool name="mutable">false</bool>
                    <str name="managedSchemaResourceName">managed-schema.xml</str>
                  </schemaFactory>
                  <indexConfig>
                    <ramBufferSizeMB>64</ramBufferSizeMB>
                  </indexConfig>
                  <updateHandler class="solr.DirectUpdateHandler2">
                    <updateLog>
                      <str name="dir">${solr.ulog.dir:}</str>
                    </updateLog>
                    <autoCommit>
                      <maxTime>${solr.autoCommit.maxTime:60000}</maxTime>
                      <openSearcher>false</openSearcher>
                    </autoCommit>
                  </updateHandler>
                  <!-- Global term statistics: scores do not depend on how articles are spread over shards. -->
                  <statsCache class="org.apache.solr.search.stats.ExactStatsCache"/>
                  <query>
                    <maxBooleanClauses>${solr.max.booleanClauses:4096}</maxBooleanClauses>
                  </query>
                  <requestHandler name="/select" class="solr.SearchHandler">
                    <lst name="defaults">
                      <str name="echoParams">none</str>
                      <int name="rows">10</int>
                    </lst>
                  </requestHandler>
                  <queryParser name="%1$s" class="%2$s"/>
                  <transformer name="%3$s" class="%4$s"/>
                </config>
                """.formatted(PaperBridgeQParserPlugin.NAME, PaperBridgeQParserPlugin.CLASS,
                PassageTransformerFactory.NAME, PassageTransformerFactory.CLASS);
    }
}
