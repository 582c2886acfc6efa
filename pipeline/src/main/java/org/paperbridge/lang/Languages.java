package org.paperbridge.lang;

/** Chinese or English by the share of CJK characters among the letters of a text. */
public final class Languages {
    private Languages() {
    }

    /**
     * "zh" when at least a quarter of the letters are Han characters, else "en". Han by script, as
     * everywhere else: Kangxi radicals that a PDF font maps in place of ideographs still count.
     */
    public static String of(String text) {
        if (text == null) {
            return "en";
        }
        int cjk = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Scripts.isHan(cp)) {
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
