package org.paperbridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.paperbridge.PipelineConfig;
import org.paperbridge.batch.CorpusBuild;
import org.paperbridge.corpus.ExportSettings;
import org.paperbridge.model.Article;
import org.paperbridge.model.PipelineException;

/** The article a measurement varies or cuts up: any source file, read by the pipeline as `run` reads it. */
final class TemplateArticle {
    private TemplateArticle() {
    }

    static Article of(Path source) throws IOException, PipelineException {
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("no such template article: " + source);
        }
        try (CorpusBuild build = CorpusBuild.from(PipelineConfig.defaults(), ExportSettings.DEFAULT)) {
            return build.pipeline().process(source).article();
        }
    }
}
