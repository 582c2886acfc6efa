package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the author part of a reference ({@code Wesley BT, Ross ADB, Muraro D, et al.},
 * {@code 张三, 李四, 等}) into names as printed, and tells whether the list was cut short.
 */
final class ReferenceAuthorsParser {
    /** The names in printed order and whether "et al." / 等 followed them. */
    record Authors(List<String> names, boolean etAl) {
        Authors {
            names = List.copyOf(names);
        }
    }

    /** "et al" or 等 at the end of the list, with its punctuation. */
    private static final Pattern ET_AL = Pattern.compile(
            "(?i)(?:[,，、;；]?\\s*(?:et\\s*al\\b\\.?|等人?|and\\s+others)\\s*[.．。,，]?\\s*)$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,，、;；]\\s*");
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)^(?:and|&)\\s+|\\s+(?:and|&)\\s+");
    /** A segment made of initials only ("J.", "J. A.", "J.-P."): the second half of "Smith, J.". */
    private static final Pattern INITIALS = Pattern.compile("^(?:[A-Z][a-z]?\\.[\\s-]?)+$");

    Authors parse(String authorPart) {
        String s = authorPart.strip();
        boolean etAl = false;
        Matcher m = ET_AL.matcher(s);
        if (m.find()) {
            etAl = true;
            s = s.substring(0, m.start()).strip();
        }
        List<String> segments = new ArrayList<>();
        for (String seg : SEPARATOR.split(s)) {
            for (String part : CONJUNCTION.split(seg)) {
                String name = trimName(part);
                if (!name.isEmpty()) {
                    segments.add(name);
                }
            }
        }
        return new Authors(pairSurnamesWithInitials(segments), etAl);
    }

    /** "Smith, J., Jones, B." printed with a comma inside each name: rejoin each pair. */
    private static List<String> pairSurnamesWithInitials(List<String> segments) {
        if (segments.size() < 2 || segments.size() % 2 != 0) {
            return segments;
        }
        for (int i = 1; i < segments.size(); i += 2) {
            if (!INITIALS.matcher(segments.get(i) + ".").matches() && !INITIALS.matcher(segments.get(i)).matches()) {
                return segments;
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < segments.size(); i += 2) {
            names.add(segments.get(i) + ", " + segments.get(i + 1));
        }
        return names;
    }

    private static String trimName(String part) {
        String name = part.strip();
        while (!name.isEmpty() && ".．。".indexOf(name.charAt(name.length() - 1)) >= 0
                && !endsWithInitial(name)) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return name;
    }

    /** "Smith J." keeps its period when the name is written with dotted initials. */
    private static boolean endsWithInitial(String name) {
        int n = name.length();
        return n >= 3 && name.charAt(n - 1) == '.' && Character.isUpperCase(name.charAt(n - 2))
                && name.substring(0, n - 2).contains(".");
    }
}
