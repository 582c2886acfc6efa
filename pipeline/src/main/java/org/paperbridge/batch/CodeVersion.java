package org.paperbridge.batch;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

import org.paperbridge.Hashes;
import org.paperbridge.Pipeline;
import org.paperbridge.model.Article;

/**
 * Which build of the pipeline produced a manifest: the schema version and the identity of the
 * jar (path, size, modification time). A rebuilt jar may turn the same bytes into a different
 * article, so its manifest entries are not reused. Classes run from a folder (tests, IDE) count
 * as one version.
 */
final class CodeVersion {
    private CodeVersion() {
    }

    static String current() {
        String build = "classes";
        try {
            CodeSource cs = Pipeline.class.getProtectionDomain().getCodeSource();
            if (cs != null && cs.getLocation() != null) {
                Path p = Path.of(cs.getLocation().toURI());
                if (Files.isRegularFile(p)) {
                    build = p + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis();
                }
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            build = "unknown";
        }
        return "schema " + Article.SCHEMA_VERSION + ", build "
                + Hashes.sha256(build.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
