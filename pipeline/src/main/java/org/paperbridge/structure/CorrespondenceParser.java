package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.model.Author;

/**
 * Attaches the emails of the 通信作者 / Corresponding author and 作者简介 notes to authors. A note
 * that names authors goes to them, each taking the first email after its name; a note with only
 * an email goes to the author marked * (or the sole author).
 */
public final class CorrespondenceParser {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+");

    private record Named(int author, int at) {
    }

    /** Emails in a note, in order, without trailing dots. */
    public List<String> emails(String note) {
        List<String> emails = new ArrayList<>();
        Matcher m = EMAIL.matcher(note == null ? "" : note);
        while (m.find()) {
            emails.add(m.group().replaceAll("[.\\-]+$", ""));
        }
        return emails;
    }

    /**
     * @param correspondence 通信作者 notes: named authors become corresponding and get the email
     * @param biographies    作者简介 notes: named authors get the email but are not made corresponding
     */
    public List<Author> attach(List<Author> authors, List<String> correspondence, List<String> biographies,
                               List<String> warnings) {
        List<Author> out = new ArrayList<>(authors);
        for (String note : correspondence) {
            applyNote(out, note, true, warnings);
        }
        for (String note : biographies) {
            applyNote(out, note, false, warnings);
        }
        return out;
    }

    private void applyNote(List<Author> authors, String note, boolean corresponding, List<String> warnings) {
        List<Named> named = named(authors, note);
        Matcher m = EMAIL.matcher(note);
        List<int[]> emailAt = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        while (m.find()) {
            emailAt.add(new int[] {m.start()});
            emails.add(m.group().replaceAll("[.\\-]+$", ""));
        }
        if (!named.isEmpty()) {
            for (int i = 0; i < named.size(); i++) {
                int from = named.get(i).at();
                int to = i + 1 < named.size() ? named.get(i + 1).at() : Integer.MAX_VALUE;
                String email = null;
                for (int e = 0; e < emails.size(); e++) {
                    if (emailAt.get(e)[0] > from && emailAt.get(e)[0] < to) {
                        email = emails.get(e);
                        break;
                    }
                }
                if (email == null && emails.size() == named.size()) {
                    email = emails.get(i);
                }
                update(authors, named.get(i).author(), corresponding, email);
            }
            return;
        }
        if (!corresponding || emails.isEmpty()) {
            return;
        }
        List<Integer> starred = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            if (authors.get(i).corresponding()) {
                starred.add(i);
            }
        }
        if (starred.isEmpty() && authors.size() == 1) {
            starred.add(0);
        }
        if (starred.isEmpty()) {
            warnings.add("correspondence note names no author and no author is marked: " + emails);
            return;
        }
        for (int i = 0; i < starred.size(); i++) {
            String email = i < emails.size() ? emails.get(i) : null;
            if (email != null) {
                update(authors, starred.get(i), true, email);
            }
        }
        if (starred.size() > 1 && emails.size() != starred.size()) {
            warnings.add("could not pair " + emails.size() + " correspondence emails with " + starred.size()
                    + " marked authors");
        }
    }

    private static void update(List<Author> authors, int index, boolean corresponding, String email) {
        Author a = authors.get(index);
        String keptEmail = a.email() != null && !corresponding ? a.email() : (email != null ? email : a.email());
        authors.set(index, new Author(a.name(), a.corresponding() || corresponding, keptEmail, a.affiliations()));
    }

    /** Authors whose Chinese or English name occurs in the note, in order of occurrence. */
    private static List<Named> named(List<Author> authors, String note) {
        List<Named> named = new ArrayList<>();
        String latin = note.toLowerCase(Locale.ROOT);
        for (int i = 0; i < authors.size(); i++) {
            int at = -1;
            String zh = authors.get(i).name().zh();
            if (zh != null && !zh.isEmpty()) {
                at = note.indexOf(zh);
            }
            String en = authors.get(i).name().en();
            if (at < 0 && en != null && en.length() >= 4) {
                at = indexOfName(latin, en.toLowerCase(Locale.ROOT));
            }
            if (at >= 0) {
                named.add(new Named(i, at));
            }
        }
        named.sort((a, b) -> Integer.compare(a.at(), b.at()));
        return named;
    }

    /** An English name in either order ("LI Si" / "Si Li"), hyphens ignored. */
    private static int indexOfName(String note, String name) {
        String[] words = name.replace('-', ' ').trim().split("\\s+");
        String forward = String.join("[\\s\\-]*", quoteAll(words));
        List<String> reversed = new ArrayList<>(List.of(quoteAll(words)));
        java.util.Collections.reverse(reversed);
        Pattern p = Pattern.compile("(?<![a-z])(?:" + forward + "|" + String.join("[\\s\\-]*", reversed)
                + ")(?![a-z])");
        Matcher m = p.matcher(note);
        return m.find() ? m.start() : -1;
    }

    private static String[] quoteAll(String[] words) {
        String[] q = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            q[i] = Pattern.quote(words[i]);
        }
        return q;
    }
}
