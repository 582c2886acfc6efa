package org.paperbridge.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.paperbridge.PipelineConfig;
import org.paperbridge.batch.CorpusBuild;
import org.paperbridge.cli.Main;
import org.paperbridge.corpus.ExportSettings;

/**
 * A real output folder (the seed and one fixture article, through {@code run}) served by a real
 * server on a free loopback port; one per test class.
 */
final class ServedCorpus implements AutoCloseable {
    static final Path ROOT = Path.of(System.getProperty("paperbridge.root", ".."));
    static final Path SEED = ROOT.resolve("fixtures/seed/000_ce62bb77f3435be5.txt");
    /** Not in the served corpus: the upload tests add it. */
    static final Path UPLOAD = ROOT.resolve("fixtures/articles/en_first_bare_labels_vancouver.txt");

    final Path out;
    final ApiServer server;
    final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServedCorpus(Path out, ApiServer server) {
        this.out = out;
        this.server = server;
        this.base = server.uri();
    }

    static ServedCorpus start(Path dir, long maxUploadBytes) throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.copy(SEED, input.resolve(SEED.getFileName()));
        Files.copy(ROOT.resolve("fixtures/articles/zh_bracket_labels_numbered_affiliations.md"),
                input.resolve("zh_bracket_labels_numbered_affiliations.md"));
        Path out = dir.resolve("out");
        int code = Main.execute("run", input.toString(), "--out", out.toString(), "--formats", "json",
                "--threads", "2");
        if (code != 0) {
            throw new IllegalStateException("run exited " + code);
        }
        ServeSettings settings = ServeSettings.of(out, null, "127.0.0.1", 0, 60).withLimits(maxUploadBytes, 1 << 20, 60);
        return new ServedCorpus(out, ApiServer.start(settings, ServiceParts.of(CorpusBuild.from(PipelineConfig.defaults(), ExportSettings.DEFAULT))));
    }

    record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(body);
        }
    }

    Reply get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET().build());
    }

    Reply post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    Reply upload(String path, String fileName, byte[] bytes) throws IOException, InterruptedException {
        String boundary = "----pbtest7MA4YWxkTrZu0gW";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nignored\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
