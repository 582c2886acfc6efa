package org.paperbridge.entity;

import org.paperbridge.lang.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pattern grammars for the RNA names dictionaries cannot list: miRNAs (miR-182-5p,
 * hsa-miR-21-5p, let-7a-5p, microRNA-21, miR-29a/b, miR-200 family), circRNAs (circDIDO1,
 * hsa_circ_0001649) and lncRNAs (lncRNA H19), plus CCl(4)-style spellings of carbon tetrachloride.
 */
final class RnaGrammar {
    private static final Pattern MIRNA = Pattern.compile(
            "(?<![A-Za-z0-9])(?:(hsa|mmu|rno)-)?"
                    + "(?:(?:miR|mir|MiR|MIR|miRNA|microRNA|MicroRNA|微小RNA)[- ]?(\\d{1,4}[a-z]?(?:-\\d)?)"
                    + "|(let|Let)-(7[a-z]?(?:-\\d)?))"
                    + "(-[35]p|\\*)?((?:/\\d*[a-z]?(?:-[35]p)?)*)( family| cluster|家族)?(?![A-Za-z0-9])");
    private static final Pattern CIRC = Pattern.compile(
            "(?<![A-Za-z0-9])(?:(?:hsa_)?circ(?:RNA)?_\\d{4,9}|circ(?:RNA)?[-_ ]?([A-Z][A-Za-z0-9]*[A-Za-z0-9]))(?![A-Za-z0-9])");
    private static final Pattern LNC = Pattern.compile(
            "(?<![A-Za-z0-9])(?:lncRNA|LncRNA|LNCRNA)[- ]?([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?![A-Za-z0-9])");
    /** A Chinese lncRNA introduction, 长链非编码RNA PTENP1: the name alone is the mention. */
    private static final Pattern LNC_ZH = Pattern.compile(
            "(?:长链非编码RNA|长非编码RNA|lncRNA|LncRNA)[- ]?([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)(?![A-Za-z0-9])");
    /** The name first: PU.1AS lncRNA. */
    private static final Pattern NAME_LNC = Pattern.compile(
            "(?<![A-Za-z0-9.\\-])([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*) ?(?:lncRNA|LncRNA)(?![A-Za-z0-9])");
    private static final Pattern CCL4_SPELLING = Pattern.compile("(?<![A-Za-z0-9])CCl(?:\\(4\\)|₄|_4|4)(?![A-Za-z0-9])");

    private final Lexicon lexicon;

    RnaGrammar(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Candidates in {@code text} (UTF-16 offsets). */
    List<Candidate> find(String text) {
        List<Candidate> out = new ArrayList<>();
        findMirnas(text, out);
        findCircRnas(text, out);
        Matcher m;
        if (text.contains("非编码RNA") || text.contains("ncRNA")) {
            findChineseLncRnas(text, out);
        }
        if (text.contains("ncRNA") || text.contains("NCRNA")) {
            m = LNC.matcher(text);
            while (m.find()) {
                LexiconEntry gene = lexicon.approvedSymbol(MatchText.key(m.group(1)));
                out.add(new Candidate(m.start(), m.end(), new LexiconEntry("ncrna",
                        gene == null ? m.group(1) : gene.norm(), gene == null ? null : "HGNC",
                        gene == null ? null : gene.id(), LexiconEntry.Source.HAND, false, m.group(1))));
            }
        }
        if (text.contains("CCl")) {
            m = CCL4_SPELLING.matcher(text);
            while (m.find()) {
                out.add(new Candidate(m.start(), m.end(), new LexiconEntry("chemical", "carbon tetrachloride", "MESH",
                        "MESH:D002251", LexiconEntry.Source.HAND, false, m.group())));
            }
        }
        return out;
    }

    /**
     * lncRNA names introduced in Chinese text (长链非编码RNA PTENP1, PU.1AS lncRNA), then every other
     * occurrence of those names in the text: an article names the lncRNA once and then writes it bare.
     */
    private void findChineseLncRnas(String text, List<Candidate> out) {
        if (!Scripts.containsHan(text)) {
            return;
        }
        // Every match of either pattern holds ncRNA or 编码RNA: most texts need neither search.
        boolean lnc = text.contains("ncRNA");
        if (!lnc && !text.contains("编码RNA")) {
            return;
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Pattern p : lnc ? new Pattern[]{LNC_ZH, NAME_LNC} : new Pattern[]{LNC_ZH}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (!m.group(1).startsWith("RNA") && m.group(1).length() >= 3) {
                    names.add(m.group(1));
                }
            }
        }
        for (String name : names) {
            LexiconEntry gene = lexicon.approvedSymbol(MatchText.key(name));
            if (gene != null && gene.type().equals("gene")) {
                continue; // a protein-coding gene's name after the word lncRNA names its antisense partner vaguely
            }
            LexiconEntry sense = new LexiconEntry("ncrna", gene == null ? name : gene.norm(), gene == null ? null : "HGNC",
                    gene == null ? null : gene.id(), LexiconEntry.Source.HAND, false, name);
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                int end = i + name.length();
                boolean before = i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) < 0x3000
                        && !text.startsWith("RNA", i - 3) || text.charAt(i - 1) == '-');
                boolean after = end < text.length() && Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) < 0x3000
                        && !text.startsWith("lncRNA", end) && !text.startsWith("mRNA", end);
                if (!before && !after) {
                    out.add(new Candidate(i, end, sense));
                }
            }
        }
    }

    /**
     * MIRNA matches, as {@code find()} would give them, trying the pattern only where a name stem
     * starts (or a species prefix before one): a find over the whole text tests every position.
     * Matches never overlap, so a stem inside the previous match is skipped.
     */
    private void findMirnas(String text, List<Candidate> out) {
        Matcher m = null;
        int last = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i < last || !startsMirnaStem(text, i)) {
                continue;
            }
            if (m == null) {
                m = MIRNA.matcher(text).useTransparentBounds(true);
            }
            int prefixed = i - 4;
            boolean found = prefixed >= last && isSpeciesPrefix(text, prefixed)
                    && m.region(prefixed, text.length()).lookingAt();
            if (!found) {
                found = m.region(i, text.length()).lookingAt();
            }
            if (found) {
                out.add(mirna(m));
                last = m.end();
            }
        }
    }

    /** CIRC matches, tried only where "circ" or "hsa_circ" starts (circulating, circadian… are common words). */
    private void findCircRnas(String text, List<Candidate> out) {
        Matcher m = null;
        int last = 0;
        for (int i = text.indexOf("circ"); i >= 0; i = text.indexOf("circ", i + 1)) {
            if (i < last) {
                continue;
            }
            if (m == null) {
                m = CIRC.matcher(text).useTransparentBounds(true);
            }
            boolean found = i - 4 >= last && text.startsWith("hsa_", i - 4) && m.region(i - 4, text.length()).lookingAt();
            if (!found && !m.region(i, text.length()).lookingAt()) {
                continue;
            }
            last = m.end();
            String host = m.group(1);
            if (host != null && host.startsWith("RNA")) {
                continue; // the word circRNA itself
            }
            LexiconEntry gene = host == null ? null : lexicon.approvedSymbol(MatchText.key(host));
            // A circRNA has no database id of its own; the host gene's HGNC id says where it comes from.
            String norm = m.group().replace(" ", "");
            out.add(new Candidate(m.start(), m.end(), new LexiconEntry("ncrna", norm,
                    gene == null ? null : "HGNC", gene == null ? null : gene.id(), LexiconEntry.Source.HAND, false, norm)));
        }
    }

    private static boolean startsMirnaStem(String text, int i) {
        char c = text.charAt(i);
        if (c == '微') {
            return text.startsWith("微小RNA", i);
        }
        if (c == 'm' || c == 'M') {
            return text.startsWith("miR", i) || text.startsWith("mir", i) || text.startsWith("MiR", i)
                    || text.startsWith("MIR", i) || text.startsWith("microRNA", i) || text.startsWith("MicroRNA", i);
        }
        return (c == 'l' || c == 'L') && text.startsWith("et-", i + 1);
    }

    private static boolean isSpeciesPrefix(String text, int i) {
        return i >= 0 && (text.startsWith("hsa-", i) || text.startsWith("mmu-", i) || text.startsWith("rno-", i));
    }

    private Candidate mirna(Matcher m) {
        String species = m.group(1);
        String stem = m.group(2) != null ? "miR-" + m.group(2) : "let-" + m.group(4);
        String arm = m.group(5) == null || m.group(5).equals("*") ? "" : m.group(5);
        String family = m.group(7);
        String norm = stem + arm;
        String[] hit = lexicon.mirna(norm, species);
        if (hit == null && arm.isEmpty() && family == null) {
            // Without an arm the name may still be a mature miRNA of its own (older names).
            hit = lexicon.mirna(stem, species);
        }
        if (family != null) {
            norm = stem + " family";
            hit = null;
        }
        return new Candidate(m.start(), m.end(), new LexiconEntry("mirna", norm, hit == null ? null : "miRBase",
                hit == null ? null : hit[1], LexiconEntry.Source.HAND, false, m.group()));
    }
}
