package org.paperbridge.bench;

/** How close two texts are as a reader sees them: whitespace ignored, character edits counted. */
public final class TextSimilarity {
    private TextSimilarity() {
    }

    /** 1 − edit distance / longer length, after all whitespace is removed. */
    public static double of(String a, String b) {
        String x = a.replaceAll("\\s+", "");
        String y = b.replaceAll("\\s+", "");
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            char c = x.charAt(i - 1);
            for (int j = 1; j <= y.length(); j++) {
                int cost = c == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int longer = Math.max(x.length(), y.length());
        return longer == 0 ? 1 : 1 - (double) previous[y.length()] / longer;
    }
}
