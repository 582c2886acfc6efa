package org.paperbridge.lang;

/** Chinese or English by the share of CJK characters among the letters of a text. */
public final class Languages {
    private Languages() {
    }

    /** "zh" when at least a quarter of the letters are CJK ideographs, else "en". */
    public static String of(String text) {
        if (text == null) {
            return "en";
        }
        int cjk = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isIdeographic(cp)) {
                cjk++;
                letters++;
            } else if (Character.isLetter(cp)) {
                letters++;
            }
            i += Character.charCount(cp);
        }
        return cjk > 0 && cjk * 4 >= letters ? "zh" : "en";
    }
}
