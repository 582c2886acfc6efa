package org.paperbridge.text;

import com.hankcs.hanlp.HanLP;

/**
 * The one place that configures HanLP's static state. HanLP reads its bundled dictionaries from
 * the jar as long as no {@code hanlp.properties} is on the classpath (ship none); its global
 * switches are not thread-safe, so they are set once, before any segmentation.
 */
public final class HanLPSetup {
    private static volatile boolean done;

    private HanLPSetup() {
    }

    /**
     * Starts loading HanLP's dictionaries (core words, bigrams, pinyin: about half a second) on a
     * background thread, so that a short run does not wait for them after building the lexicons.
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            ensure();
            HanLP.segment("肝衰竭患者");
            HanLP.convertToPinyinList("肝");
        }, "hanlp-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Configures HanLP once; cheap to call again. */
    public static void ensure() {
        if (done) {
            return;
        }
        synchronized (HanLPSetup.class) {
            if (!done) {
                HanLP.Config.ShowTermNature = true;
                HanLP.Config.Normalization = false;
                HanLP.Config.enableDebug(false);
                done = true;
            }
        }
    }
}
