package org.paperbridge.corpus;

import org.paperbridge.lang.LanguageTags;
import org.paperbridge.io.Json;
import org.paperbridge.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.paperbridge.model.Article;
import org.paperbridge.model.Entity;
import org.paperbridge.model.Section;

/**
 * The dataset card and the schema files of a run's folder: {@code README.md} (what is in the
 * folder, counts, fields, languages, splits, how it was made, how to load each file),
 * {@code corpus.features.json} and, with the JSONL exports, {@code parallel/pairs.features.json} and
 * {@code ner/features.json} (Hugging Face Features), and {@code schema/} (the JSON Schemas every
 * row validates against). Counts come from the articles as they are accepted; the parallel
 * figures from the parallel export, which closes before this one.
 */
public final class DatasetCard implements Exporter {
    private static final List<String> SCHEMAS = List.of("article.schema.json", "pair.schema.json",
            "ner-sentence.schema.json");

    private final Path out;
    private final List<String> formats;
    private final Splits splits;
    private final ParallelExporter parallel;
    private long articles;
    /** Articles by the depth of their section tree, so that a withdrawn article can be taken out of the maximum. */
    private final TreeMap<Integer, Long> byDepth = new TreeMap<>();
    private final TreeMap<String, Long> byFormat = new TreeMap<>();
    private final TreeMap<String, Long> byScript = new TreeMap<>();
    private final TreeMap<String, Long> bySplit = new TreeMap<>();
    private final TreeMap<String, Long> entities = new TreeMap<>();
    private long withDoi;
    private long withEnglishAbstract;
    private long references;

    /** @param parallel the run's parallel export, or null when it writes none */
    public DatasetCard(Path outputDir, List<String> formats, Splits splits, ParallelExporter parallel) {
        this.out = outputDir;
        this.formats = List.copyOf(formats);
        this.splits = splits;
        this.parallel = parallel;
    }

    @Override
    public void accept(Article a) {
        count(a, 1);
    }

    /** The article leaves the counts: a worse copy of one accepted later. */
    @Override
    public void withdraw(int ordinal, Article a) {
        count(a, -1);
    }

    private void count(Article a, long sign) {
        articles += sign;
        add(byFormat, a.source() == null ? "unknown" : a.source().format(), sign);
        add(byScript, LanguageTags.chinese(a), sign);
        add(bySplit, splits.of(a.id()), sign);
        for (Entity e : a.entities()) {
            add(entities, e.type(), sign);
        }
        if (a.identifiers() != null && a.identifiers().doi() != null) {
            withDoi += sign;
        }
        if (a.abstract_() != null && a.abstract_().en() != null && !a.abstract_().en().text().isBlank()) {
            withEnglishAbstract += sign;
        }
        references += sign * a.references().size();
        add(byDepth, depth(a.sections()), sign);
    }

    /** Adds {@code sign} to the count of {@code key}, forgetting keys that fall to zero. */
    private static <K> void add(TreeMap<K, Long> counts, K key, long sign) {
        counts.merge(key, sign, (x, y) -> x + y == 0 ? null : x + y);
    }

    private int sectionDepth() {
        return byDepth.isEmpty() ? 0 : byDepth.lastKey();
    }

    private static int depth(List<Section> sections) {
        int d = 0;
        for (Section s : sections) {
            d = Math.max(d, 1 + depth(s.sections()));
        }
        return d;
    }

    @Override
    public void close() throws IOException {
        for (String name : SCHEMAS) {
            try (InputStream in = DatasetCard.class.getResourceAsStream("/schema/" + name)) {
                if (in == null) {
                    throw new IOException("schema/" + name + " is missing from the class path");
                }
                AtomicFiles.writeString(out.resolve("schema").resolve(name),
                        new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        AtomicFiles.writeString(out.resolve("corpus.features.json"),
                Json.PRETTY.writeValueAsString(HfFeatures.corpus(HfFeatures.articleSchema(), sectionDepth())) + "\n");
        boolean jsonl = formats.contains("jsonl");
        if (jsonl) {
            AtomicFiles.writeString(out.resolve("parallel").resolve("pairs.features.json"),
                    Json.PRETTY.writeValueAsString(HfFeatures.pairs()) + "\n");
            AtomicFiles.writeString(out.resolve("ner").resolve("features.json"),
                    Json.PRETTY.writeValueAsString(HfFeatures.nerSentences(ConllExporter.LABELS)) + "\n");
        }
        AtomicFiles.writeString(out.resolve("README.md"), card(jsonl));
    }

    private String card(boolean jsonl) {
        StringBuilder sb = new StringBuilder();
        sb.append("---\nconfigs:\n- config_name: articles\n  data_files: corpus.jsonl\n");
        if (jsonl) {
            sb.append("- config_name: pairs\n  data_files: parallel/pairs.jsonl\n");
            sb.append("- config_name: ner_zh\n  data_files: ner/zh.jsonl\n");
            sb.append("- config_name: ner_en\n  data_files: ner/en.jsonl\n");
        }
        sb.append("language:\n- zh\n- en\n---\n\n");
        sb.append("# PaperBridge corpus\n\n");
        sb.append("Chinese/English scholarly articles turned into structured bilingual data by PaperBridge ")
                .append("(article schema ").append(Article.SCHEMA_VERSION).append("). This card is written by the run ")
                .append("that made the folder; its figures describe this folder only.\n\n");
        sb.append("## Contents\n\n");
        sb.append(String.format(Locale.ROOT, "- %,d articles; by source format: %s\n", articles, counts(byFormat)));
        sb.append("- Chinese script: ").append(counts(byScript))
                .append(" (zh-Hant articles keep their characters; `simplified` holds converted forms)\n");
        sb.append(String.format(Locale.ROOT, "- %,d with a DOI, %,d with an English abstract, %,d references\n",
                withDoi, withEnglishAbstract, references));
        sb.append("- entity mentions: ").append(entities.isEmpty() ? "none" : counts(entities)).append('\n');
        sb.append("- document-level splits (a hash of the article id, ").append(String.format(Locale.ROOT,
                "train %.2f / dev %.2f / test %.2f", splits.train(), splits.dev(), splits.test()))
                .append("): ").append(counts(bySplit)).append('\n');
        if (parallel != null) {
            ParallelExporter.Stats s = parallel.stats();
            sb.append(String.format(Locale.ROOT, "- parallel pairs: %,d written of %,d (%,d filtered out, %,d exact and "
                            + "%,d near duplicates dropped); written by kind: %s\n", s.written(), s.pairs(), s.filtered(),
                    s.exactDuplicates(), s.nearDuplicates(), counts(s.writtenByKind())));
            sb.append("- pair selection: ").append(parallel.selection().describe()).append('\n');
        }
        sb.append("\n## Files\n\n");
        sb.append("| file | what | one row |\n|---|---|---|\n");
        sb.append("| `corpus.jsonl` | one article a line | `schema/article.schema.json`; Features `corpus.features.json` |\n");
        sb.append("| `docs/<id>.json` | the same articles, one file each, indented | |\n");
        if (formats.contains("tsv")) {
            sb.append("| `parallel/pairs.tsv` | parallel pairs, with a header | zh, en, kind, docId, score, bead, split, zhLang |\n");
            sb.append("| `glossary.tsv` | terms the articles define, merged, with a header | zh, en, abbr, docs, count |\n");
        }
        if (formats.contains("tmx")) {
            sb.append("| `parallel/corpus.tmx` | the same pairs as TMX 1.4b | props kind, docId, score, bead, split |\n");
        }
        if (jsonl) {
            sb.append("| `parallel/pairs.jsonl` | the same pairs | `schema/pair.schema.json`; Features `parallel/pairs.features.json` |\n");
            sb.append("| `ner/zh.jsonl`, `ner/en.jsonl` | one tokenized sentence a line, tags as label indices | "
                    + "`schema/ner-sentence.schema.json`; labels `ner/labels.json`; Features `ner/features.json` |\n");
        }
        if (formats.contains("conll")) {
            sb.append("| `ner/zh.conll`, `ner/en.conll` | token TAB IOB2 tag, `-DOCSTART- <docId>` before each article | |\n");
        }
        if (formats.contains("bioc")) {
            sb.append("| `ner/bioc.json` | BioC JSON, passages with sentences and entity annotations | |\n");
        }
        sb.append("\nEvery key is present in every row of a JSONL file (null or an empty list where there is nothing), ")
                .append("each with one type. Offsets count Unicode code points. Language tags: `zh-Hans`, `zh-Hant`, `en`.\n");
        sb.append("\n## Loading\n\n```python\nimport json, pandas as pd, datasets\n")
                .append("articles = pd.read_json(\"corpus.jsonl\", lines=True)\n")
                .append("articles = datasets.load_dataset(\"json\", data_files=\"corpus.jsonl\", "
                        + "features=datasets.Features.from_dict(json.load(open(\"corpus.features.json\"))))\n");
        if (jsonl) {
            sb.append("pairs = datasets.load_dataset(\"json\", data_files=\"parallel/pairs.jsonl\", "
                    + "features=datasets.Features.from_dict(json.load(open(\"parallel/pairs.features.json\"))))\n")
                    .append("ner = datasets.load_dataset(\"json\", data_files=\"ner/en.jsonl\", "
                            + "features=datasets.Features.from_dict(json.load(open(\"ner/features.json\"))))\n");
        }
        if (formats.contains("tsv")) {
            sb.append("tsv = pd.read_csv(\"parallel/pairs.tsv\", sep=\"\\t\", quoting=3, keep_default_na=False)\n");
        }
        sb.append("```\n");
        sb.append("\n## How it was made\n\n")
                .append("Each source file was read (PDF, DOCX, HTML, text, MinerU output), cleaned, parsed into front ")
                .append("matter, sections, paragraphs, sentences and references; the abstracts were sentence-aligned and ")
                .append("keywords, names and affiliations paired; entities were tagged (English genes, cell types, ")
                .append("diseases and chemicals by learned models, the rest and all Chinese by the lexicons) and normalized ")
                .append("to HGNC, miRBase, Cell Ontology, DOID/MeSH and NCBI Taxonomy ids. `manifest.json` lists every ")
                .append("source with its sha256 and outcome, `errors.jsonl` the sources that failed.\n");
        sb.append("\n## Licence\n\n")
                .append("The articles carry no licence field; the sources' own terms apply to their text. ")
                .append("Check each source's licence before sharing this folder.\n");
        return sb.toString();
    }

    private static String counts(Map<String, Long> m) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Long> e : m.entrySet()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append(' ').append(String.format(Locale.ROOT, "%,d", e.getValue()));
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }
}
