package org.paperbridge.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.paperbridge.ArticleIds;
import org.paperbridge.batch.Generation;
import org.paperbridge.io.AtomicFiles;
import org.paperbridge.io.Json;
import org.paperbridge.model.Article;

/**
 * The article JSON files of the output folder's committed generation, by id. An id from a request
 * is checked to be one {@link ArticleIds} makes before it is joined to the docs folder, so no
 * request names a path: {@code ../../etc/passwd} is refused, not resolved.
 */
final class ArticleStore {
    private final Path out;

    ArticleStore(Path out) {
        this.out = out;
    }

    private Path docs() {
        return Generation.committed(out).resolve("docs");
    }

    /** The bytes of the article's JSON file; 400 for a malformed id, 404 for one the store does not hold. */
    byte[] json(String id) throws IOException {
        if (!ArticleIds.isWellFormed(id)) {
            throw ApiException.badRequest("not an article id: ids are ASCII letters, digits, '.', '-' and '_'");
        }
        Path file = docs().resolve(id + ".json");
        if (!Files.isRegularFile(file)) {
            throw ApiException.notFound("no article '" + id + "'");
        }
        return Files.readAllBytes(file);
    }

    Article article(String id) throws IOException {
        return Json.MAPPER.readValue(json(id), Article.class);
    }

    /** Writes an uploaded article beside the corpus's, unless the store holds that id already. */
    void keep(Article article) throws IOException {
        Path docs = docs();
        Path file = docs.resolve(article.id() + ".json");
        if (!Files.exists(file)) {
            Files.createDirectories(docs);
            AtomicFiles.write(file, Json.PRETTY.writeValueAsBytes(article));
        }
    }
}
