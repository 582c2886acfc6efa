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
