import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Writes the CJK font that `bench --generate --pdf` embeds by default: the first face of
 * WenQuanYi Micro Hei (Debian's fonts-wqy-microhei) cut down to the characters Chinese journal
 * text uses — the CJK Unified Ideographs block, every character of GB2312 and Big5 (simplified and
 * traditional script), Latin, Greek, punctuation, symbols and full-width forms — so the project
 * carries its own font.
 *
 * Run: java -cp fontbox-3.0.8.jar:pdfbox-io-3.0.8.jar:commons-logging-1.3.x.jar \
 *        scripts/SubsetFont.java /usr/share/fonts/truetype/wqy/wqy-microhei.ttc OUT.ttf
 */
public final class SubsetFont {
    public static void main(String[] args) throws IOException {
        TreeSet<Integer> wanted = new TreeSet<>();
        for (int cp = 0x20; cp < 0x250; cp++) {
            wanted.add(cp);                                  // ASCII, Latin-1, Latin Extended-A/B
        }
        range(wanted, 0x370, 0x400);                         // Greek
        range(wanted, 0x2000, 0x2070);                       // general punctuation
        range(wanted, 0x2070, 0x20A0);                       // superscripts and subscripts
        range(wanted, 0x2100, 0x2200);                       // letterlike, number forms, arrows
        range(wanted, 0x2200, 0x2300);                       // mathematical operators
        range(wanted, 0x2460, 0x2500);                       // enclosed numbers
        range(wanted, 0x3000, 0x3040);                       // CJK symbols and punctuation
        range(wanted, 0xFF00, 0xFFF0);                       // full-width forms
        range(wanted, 0x4E00, 0xA000);                       // CJK Unified Ideographs, the whole block
        encodable(wanted, Charset.forName("GB2312"));
        encodable(wanted, Charset.forName("Big5"));
        TrueTypeCollection collection = new TrueTypeCollection(Path.of(args[0]).toFile());
        List<TrueTypeFont> faces = new ArrayList<>();
        collection.processAllFonts(faces::add);
        TrueTypeFont face = faces.get(0);
        var cmap = face.getUnicodeCmapLookup();
        TTFSubsetter subsetter = new TTFSubsetter(face);
        int kept = 0;
        for (int cp : wanted) {
            if (cmap.getGlyphId(cp) > 0) {
                subsetter.add(cp);
                kept++;
            }
        }
        try (OutputStream out = new FileOutputStream(args[1])) {
            subsetter.writeToStream(out);
        }
        collection.close();
        System.out.println(kept + " of " + wanted.size() + " characters kept, " + Files.size(Path.of(args[1])) + " bytes");
    }

    private static void range(TreeSet<Integer> set, int from, int to) {
        for (int cp = from; cp < to; cp++) {
            set.add(cp);
        }
    }

    /** Every character the charset's two-byte codes decode to. */
    private static void encodable(TreeSet<Integer> set, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int hi = 0x81; hi <= 0xFE; hi++) {
            for (int lo = 0x40; lo <= 0xFE; lo++) {
                try {
                    String s = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) hi, (byte) lo})).toString();
                    s.codePoints().filter(cp -> cp >= 0x80).forEach(set::add);
                } catch (java.nio.charset.CharacterCodingException e) {
                    // not a character of this charset
                }
            }
        }
    }
}
