package org.paperbridge.align;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.lang.EnglishWords;
import org.paperbridge.lang.GluedWords;

/**
 * Puts back what a PDF converter took from an English full form: spaces before a capital inside a
 * word (AmericanMedical Association, Built-InSelf-Test), hyphens of a line break (Car-diology,
 * So-ciety) and spaces between lower-case words (humanmicrobiomeproject). A cut between lower-case
 * words stands where the abbreviation has the next word's initial, before or after a function word
 * (Council|of), or between two long words (machine|architecture): the word list does not know every
 * term, and micro|biome of HMP stays microbiome while human|microbiome|project is cut.
 */
final class FullFormSpacing {
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "and", "the", "for", "in", "on", "to", "by", "with",
            "a", "an", "at", "or", "from");
    private static final Pattern BROKEN = Pattern.compile("(\\p{L}+)-(\\p{Ll}+)");

    private final GluedWords glued = new GluedWords();
    private final EnglishWords words = EnglishWords.get();

    String repair(String full, String abbr) {
        String s = joinBrokenWords(CAMEL.matcher(full).replaceAll(" "));
        String initials = abbr.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (String token : s.strip().split("\\s+")) {
            String[] pieces = glued.repair(token, Set.of()).split(" ");
            out.append(out.length() == 0 ? "" : " ").append(pieces[0]);
            for (int i = 1; i < pieces.length; i++) {
                boolean cut = !pieces[i].isEmpty() && (initials.indexOf(Character.toLowerCase(pieces[i].charAt(0))) >= 0
                        || FUNCTION_WORDS.contains(pieces[i].toLowerCase(Locale.ROOT))
                        || FUNCTION_WORDS.contains(pieces[i - 1].toLowerCase(Locale.ROOT))
                        || pieces[i - 1].length() >= 6 && pieces[i].length() >= 6);
                out.append(cut ? " " : "").append(pieces[i]);
            }
        }
        return out.toString();
    }

    /**
     * Joins word-hyphen-piece where the piece is no word and the join is one, or neither half is
     * (diphos-phate); real compounds keep their hyphen (real-time, Toll-like, Built-In).
     */
    private String joinBrokenWords(String s) {
        Matcher m = BROKEN.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String left = m.group(1);
            String right = m.group(2);
            boolean lowerLeft = Character.isLowerCase(left.charAt(left.length() - 1));
            String joined = (left + right).toLowerCase(Locale.ROOT);
            boolean join = lowerLeft && !words.contains(right)
                    && (words.contains(joined) || !words.contains(left.toLowerCase(Locale.ROOT)));
            m.appendReplacement(out, Matcher.quoteReplacement(join ? left + right : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
