package org.paperbridge.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.lang.Languages;
import org.paperbridge.model.Abstract;
import org.paperbridge.model.AbstractText;
import org.paperbridge.model.Article;
import org.paperbridge.model.Author;
import org.paperbridge.model.Bilingual;
import org.paperbridge.model.CodePoints;
import org.paperbridge.model.Dates;
import org.paperbridge.model.Entity;
import org.paperbridge.model.GlossaryEntry;
import org.paperbridge.model.Identifiers;
import org.paperbridge.model.Keyword;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Section;
import org.paperbridge.model.Source;

/**
 * Hand-built articles for the index tests: the seed review split by a simple rule
 * (no pipeline), and small made-up ones.
 */
public final class SeedArticles {
    private static final Pattern HEADING = Pattern.compile("^(\\d+(?:\\.\\d+)*) (\\S.{0,40})$");

    private SeedArticles() {
    }

    public static Path seedFile() {
        return Path.of(System.getProperty("paperbridge.root", ".."), "fixtures/seed/000_ce62bb77f3435be5.txt");
    }

    /** The seed article with its body split at numbered headings and page breaks rejoined. */
    public static Article seed() throws IOException {
        List<String> lines = Files.readAllLines(seedFile(), StandardCharsets.UTF_8);
        int start = indexOf(lines, "Key words:") + 1;
        int end = indexOf(lines, "参考文献");
        List<Section> sections = new ArrayList<>();
        String number = null;
        String title = null;
        List<String> paragraphs = new ArrayList<>();
        int[] pid = {0};
        StringBuilder pending = new StringBuilder();
        for (String raw : lines.subList(start, end)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("收稿日期") || line.startsWith("基金项目") || line.startsWith("* 通信作者")) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches() && pending.length() == 0) {
                if (!paragraphs.isEmpty()) {
                    sections.add(section(number, title, paragraphs, pid));
                }
                number = heading.group(1);
                title = heading.group(2);
                paragraphs = new ArrayList<>();
                continue;
            }
            pending.append(line);
            if (line.endsWith("。")) { // a paragraph cut by a page break goes on in the next block
                paragraphs.add(pending.toString());
                pending.setLength(0);
            }
        }
        sections.add(section(number, title, paragraphs, pid));
        Article article = new Article(Article.SCHEMA_VERSION, "ce62bb77f3435be5",
                new Source("fixtures/seed/000_ce62bb77f3435be5.txt", "text", "sha-seed-1", null),
                new Bilingual("骨髓间充质干细胞治疗肝衰竭的作用机制",
                        "Mechanism of bone marrow-derived mesenchymal stem cells in the treatment of liver failure"),
                List.of(author("齐泽强", "QI Zeqiang"), author("郭庭煜", "GUO Tingyu"), author("吴治念", "WU Zhinian"),
                        author("王亚东", "WANG Yadong")),
                List.of(),
                new Abstract(new AbstractText("zh", after(lines, "摘要:"), List.of()),
                        new AbstractText("en", after(lines, "Abstract:"), List.of()), List.of()),
                List.of(new Keyword("肝衰竭", "liver failure"), new Keyword("间充质干细胞", "mesenchymal stem cell"),
                        new Keyword("再生", "regeneration"), new Keyword("移植", "transplantation")),
                new Identifiers("10.16352/j.issn.1001-6325.2024.11.1608", List.of("R575.3"), "A", null),
                new Dates("2023-10-31", "2024-05-08", null, null), List.of(), sections, List.of(),
                List.of(new GlossaryEntry("骨髓间充质干细胞", "bone marrow-derived mesenchymal stem cells", "BM-MSCs"),
                        new GlossaryEntry("巨噬细胞", "macrophage", null)),
                List.of(), List.of());
        return article.withEntities(entities(article, "gene", List.of("STAT3", "NLRP3", "YAP", "PTEN")));
    }

    /** Gene mentions found by plain string search in every paragraph, as the tagger would report them. */
    public static List<Entity> entities(Article article, String type, List<String> symbols) {
        List<Entity> out = new ArrayList<>();
        for (Section section : article.sections()) {
            for (Paragraph p : section.paragraphs()) {
                for (String symbol : symbols) {
                    for (int i = p.text().indexOf(symbol); i >= 0; i = p.text().indexOf(symbol, i + 1)) {
                        int s = CodePoints.fromChar(p.text(), i);
                        out.add(new Entity(type, symbol, symbol, "HGNC", null, "zh", p.id(), s, s + symbol.length()));
                    }
                }
            }
        }
        return out;
    }

    /** A small English article with one paragraph. */
    public static Article english(String id, String sha, String titleEn, String text, int year) {
        Section section = new Section("s1", "1", 1, "Introduction",
                List.of(new Paragraph("p1", Languages.of(text), text, List.of(), List.of())), List.of());
        return new Article(Article.SCHEMA_VERSION, id, new Source(id + ".txt", "text", sha, null),
                new Bilingual(null, titleEn), List.of(author(null, "SMITH John")), List.of(), Abstract.EMPTY,
                List.of(new Keyword(null, "macrophage")), Identifiers.EMPTY,
                new Dates(null, null, null, year + "-01-01"), List.of(), List.of(section), List.of(), List.of(),
                List.of(), List.of());
    }

    private static Section section(String number, String title, List<String> texts, int[] pid) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String text : texts) {
            paragraphs.add(new Paragraph("p" + (++pid[0]), Languages.of(text), text, List.of(), List.of()));
        }
        int level = number == null ? 1 : number.split("\\.").length;
        return new Section(number == null ? "s0" : "s" + number, number, level, title, paragraphs, List.of());
    }

    private static Author author(String zh, String en) {
        return new Author(new Bilingual(zh, en), false, null, List.of());
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalStateException("no line starting with " + prefix);
    }

    private static String after(List<String> lines, String prefix) {
        return lines.get(indexOf(lines, prefix)).strip().substring(prefix.length()).strip();
    }
}
