package org.paperbridge.entity;

import org.paperbridge.entity.LexiconEntry.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Builds a {@link Lexicon} from its text files: reads them and gathers the senses per folded key. */
final class LexiconBuilder {
    private final Function<String, InputStream> open;
    private final Map<String, List<LexiconEntry>> keys = new HashMap<>(1 << 19);
    private final Map<String, LexiconEntry> approved = new HashMap<>();
    private final Map<String, LexiconEntry> genesById = new java.util.LinkedHashMap<>();
    private final Map<String, String[]> mirnas = new HashMap<>();
    private final Map<String, String[]> armless = new HashMap<>();

    LexiconBuilder(Function<String, InputStream> open) {
        this.open = open;
    }

    Lexicon build() {
        hgnc();
        mouse();
        families();
        dropGroupAliases();
        read("mirbase_mature.tsv.gz", c -> {
            String name = c[1];
            mirnas.put(name, new String[]{name.substring(name.indexOf('-') + 1), c[0]});
            // A name written without its arm (miR-20b) is the stem's first registered mature, the one
            // miRBase named without an arm before arms were given: the lowest MIMAT of the stem.
            if (name.endsWith("-5p") || name.endsWith("-3p")) {
                String stem = name.substring(0, name.length() - 3);
                armless.merge(stem, new String[]{stem.substring(stem.indexOf('-') + 1), c[0]},
                        (a, b) -> a[1].compareTo(b[1]) <= 0 ? a : b);
            }
        });
        armless.forEach(mirnas::putIfAbsent);
        read("cell_ontology.tsv.gz", c -> {
            if (c[0].equals("CL:0000000")) {
                return; // "cell" itself is no cell type worth tagging
            }
            LexiconEntry e = new LexiconEntry("cell_type", c[1], "CL", c[0], Source.ONTOLOGY_NAME, false, c[1]);
            add(c[1], e);
            for (String s : split(c, 2)) {
                if (isAbbreviation(s) || s.indexOf(' ') >= 0 || s.chars().filter(ch -> ch >= 'A' && ch <= 'Z').count() < 2) {
                    add(s, e.withSource(Source.ONTOLOGY_NAME, s));
                }
            }
            for (String s : split(c, 3)) {
                if (isAbbreviation(s)) {
                    add(s, new LexiconEntry("cell_type", c[1], "CL", c[0], Source.ONTOLOGY_SYNONYM, true, s));
                }
            }
        });
        read("doid_diseases.tsv.gz", c -> {
            if (!c[1].equals("disease")) {
                add(c[1], new LexiconEntry("disease", c[1], "DOID", c[0], Source.ONTOLOGY_NAME, false, c[1]));
            }
        });
        // MeSH descriptor names of chemicals and drugs: the learned chemical model's hints and the
        // ids of its spans ("mesna" -> MESH:D015080). Written like symbols (DDT, NAD), they obey
        // the symbol case rules.
        read("mesh_chemicals.tsv.gz", c -> add(c[1], new LexiconEntry("chemical", c[1], "MESH", "MESH:" + c[0],
                Source.ONTOLOGY_NAME, isAbbreviationLike(c[1]), c[1])));
        read("cedict_zh_mapped.tsv.gz", c -> add(c[0], new LexiconEntry(c[1], c[2], c[3], c[4], Source.CEDICT, false, c[0])));
        for (String hand : new String[]{"en_terms.tsv", "zh_terms.tsv"}) {
            // An empty db and id: a family or class the lexicon tags without an identifier (Akt, Notch).
            read(hand, c -> add(c[0], new LexiconEntry(c[1], c[2], blankToNull(c[3]), blankToNull(c[4]), Source.HAND,
                    isAbbreviationLike(c[0]), c[0])));
        }
        read("zh_mined.tsv.gz", c -> add(c[0], new LexiconEntry(c[1], c[2], c[3], c[4], Source.MINED, false, c[0])));
        String[] all = new String[keys.size()];
        LexiconEntry[][] senses = new LexiconEntry[all.length][];
        Comparator<LexiconEntry> best = Comparator.comparing(LexiconEntry::source);
        int i = 0;
        for (Map.Entry<String, List<LexiconEntry>> k : keys.entrySet()) {
            List<LexiconEntry> v = k.getValue();
            v.sort(best);
            all[i] = k.getKey();
            senses[i] = v.toArray(new LexiconEntry[0]);
            i++;
        }
        return new Lexicon(KeyAutomaton.build(all), senses, Map.copyOf(approved), Map.copyOf(mirnas));
    }

    private void hgnc() {
        read("hgnc_genes.tsv.gz", c -> {
            LexiconEntry e = new LexiconEntry(c[2], c[1], "HGNC", c[0], Source.APPROVED_SYMBOL, true, c[1]);
            genesById.put(c[0], e);
            approved.put(MatchText.key(c[1]), e);
            add(c[1], e);
            add(c[3], new LexiconEntry(c[2], c[1], "HGNC", c[0], Source.GENE_NAME, false, c[3]));
            for (String s : split(c, 5)) {
                add(s, e.withSource(Source.PREVIOUS_SYMBOL, s));
            }
            for (String s : split(c, 4)) {
                add(s, e.withSource(Source.ALIAS_SYMBOL, s));
            }
            for (int col = 6; col <= 7; col++) {
                for (String s : split(c, col)) {
                    add(s, new LexiconEntry(c[2], c[1], "HGNC", c[0], Source.GENE_NAME, false, s));
                }
            }
        });
    }

    /**
     * Family names used for their first member: AKT, CREB, YAP → AKT1, CREB1, YAP1; STAT5,
     * HIF1 → STAT5A, HIF1A. Ranked above aliases (HGNC's alias YAP is YY1AP1's). Not for large
     * families, which no member stands for: IFN-α (IFNA1, IFNA2 … IFNA21) is the group.
     */
    private void families() {
        String[] stems = approvedStems();
        for (LexiconEntry e : List.copyOf(genesById.values())) {
            String sym = e.norm();
            String base = sym.substring(0, sym.length() - 1);
            boolean baseEndsInDigit = !base.isEmpty() && Character.isDigit(base.charAt(base.length() - 1));
            boolean first = sym.endsWith("1") && !baseEndsInDigit;
            boolean firstLetter = sym.endsWith("A") && baseEndsInDigit;
            if ((first || firstLetter) && base.length() >= 3 && e.type().equals("gene")
                    && !approved.containsKey(MatchText.key(base))
                    && numberedMembers(stems, MatchText.key(base)) <= MAX_FAMILY_MEMBERS) {
                add(base, e.withSource(Source.FAMILY, base));
            }
        }
    }

    /**
     * Alias and previous symbols that are the stem of several approved symbols name a group,
     * not the one gene HGNC lists them for: IFN (IFNA1, IFNB1, IFNG …), IL-1 (IL1A, IL1B …).
     */
    private void dropGroupAliases() {
        String[] stems = approvedStems();
        keys.entrySet().removeIf(k -> {
            if (extensions(stems, k.getKey()) > MAX_FAMILY_MEMBERS) {
                k.getValue().removeIf(e -> e.source() == Source.ALIAS_SYMBOL || e.source() == Source.PREVIOUS_SYMBOL);
            }
            return k.getValue().isEmpty();
        });
    }

    private static final int MAX_FAMILY_MEMBERS = 3;

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The folded approved symbols, sorted. */
    private String[] approvedStems() {
        String[] stems = approved.keySet().toArray(new String[0]);
        Arrays.sort(stems);
        return stems;
    }

    /**
     * How many approved symbols are {@code stem} followed by a member mark: a letter, a number,
     * or both (IFN → IFNA1, IFNG; IL1 → IL1A, IL1R1), not a longer name (TNFA → TNFAIP3).
     */
    private static int extensions(String[] sorted, String stem) {
        return members(sorted, stem, EXTENSION);
    }

    /** Compiled once: these are tried for every key against every approved symbol it prefixes. */
    private static final Pattern EXTENSION = Pattern.compile("[a-z]?\\d*[a-z]?");
    private static final Pattern NUMBERED = Pattern.compile("\\d+[a-z]?");

    /** How many approved symbols are {@code stem} followed by a number and at most one letter (AKT1, STAT5A). */
    private static int numberedMembers(String[] sorted, String stem) {
        return members(sorted, stem, NUMBERED);
    }

    private static int members(String[] sorted, String stem, Pattern mark) {
        int i = Arrays.binarySearch(sorted, stem);
        int n = 0;
        for (i = i < 0 ? -i - 1 : i + 1; i < sorted.length && sorted[i].startsWith(stem); i++) {
            if (sorted[i].length() > stem.length()
                    && mark.matcher(sorted[i]).region(stem.length(), sorted[i].length()).matches()) {
                n++;
            }
        }
        return n;
    }

    private void mouse() {
        read("mgi_mouse_genes.tsv.gz", c -> {
            LexiconEntry human = c.length > 2 ? genesById.get(c[2]) : null;
            LexiconEntry e = human != null
                    ? human.withSource(Source.MOUSE_SYMBOL, c[1])
                    : new LexiconEntry("gene", c[1], "MGI", c[0], Source.MOUSE_SYMBOL, true, c[1]);
            add(c[1], e);
        });
    }

    private void add(String raw, LexiconEntry entry) {
        String k = MatchText.key(raw);
        if (k.length() < 2 || !hasLetter(k) || "CL:0000000".equals(entry.id())) {
            return;
        }
        if (entry.source() == Source.GENE_NAME && k.length() < 6) {
            return;
        }
        List<LexiconEntry> list = keys.computeIfAbsent(k, x -> new ArrayList<>(1));
        for (LexiconEntry old : list) {
            if (java.util.Objects.equals(old.id(), entry.id()) && old.type().equals(entry.type())) {
                if (entry.source().compareTo(old.source()) < 0) {
                    list.set(list.indexOf(old), entry);
                }
                return;
            }
        }
        list.add(entry);
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String[] split(String[] cells, int col) {
        return col < cells.length && !cells[col].isEmpty() ? cells[col].split("\\|") : new String[0];
    }

    /**
     * Cell abbreviations among ontology synonyms: one word, at least two capitals, ending in C
     * for cell (MSC, PBMC); others such as MMP collide with gene families.
     */
    private static boolean isAbbreviation(String s) {
        return s.indexOf(' ') < 0 && s.chars().filter(ch -> ch >= 'A' && ch <= 'Z').count() >= 2 && s.endsWith("C");
    }

    /** Hand keys written like symbols (LPS, CCl4, PD-L1) obey the symbol case rules. */
    private static boolean isAbbreviationLike(String s) {
        return s.indexOf(' ') < 0 && s.chars().anyMatch(ch -> ch >= 'A' && ch <= 'Z')
                && s.chars().allMatch(ch -> ch < 0x2E80);
    }

    private void read(String name, Consumer<String[]> row) {
        try (InputStream raw = open.apply(name)) {
            if (raw == null) {
                throw new IllegalStateException("lexicon file missing: " + name);
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
    }
}
