package org.paperbridge.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FullFormSpacingTest {
    private final FullFormSpacing spacing = new FullFormSpacing();

    @Test
    void putsBackTheSpacesAndJoinsTheLineBreaksAConverterLost() {
        // full forms as MinerU printed them in ChinaXiv articles
        assertEquals("Built-In Self-Test", spacing.repair("Built-InSelf-Test", "BIST"));
        assertEquals("Journal of the American Medical Association", spacing.repair("Journal of the AmericanMedical Association", "JAMA"));
        assertEquals("American College of Cardiology Foundation", spacing.repair("American College of Car-diologyFoundation", "ACCF"));
        assertEquals("volumetric water content", spacing.repair("volumetricwatercontent", "VWC"));
        assertEquals("Council of Economic Advisers", spacing.repair("Councilof EconomicAdvisers", "CEA"));
    }

    @Test
    void keepsCompoundsAndTermsTheWordListDoesNotKnow() {
        assertEquals("human microbiome project", spacing.repair("humanmicrobiomeproject", "HMP"));
        assertEquals("Toll-like receptor", spacing.repair("Toll-like receptor", "TLR"));
        assertEquals("real-time fluorescent quantitative PCR", spacing.repair("real-time fluorescent quantitative PCR", "FQ-PCR"));
        assertEquals("S-adenosylmethionine", spacing.repair("S-adenosylmethionine", "SAM"));
    }
}
