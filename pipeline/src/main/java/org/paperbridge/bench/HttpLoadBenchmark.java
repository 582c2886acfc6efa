package org.paperbridge.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


/**
 * Latency of a running {@code paperbridge serve} over HTTP (not a unit test): {@code clients}
 * threads, each with its own keep-alive connection, send the search query mix of
 * {@link IndexBenchmark} back to back (each client starting at another query), first
 * {@code warmup} rounds unmeasured, then {@code rounds} measured; then {@code POST /api/process} of
 * one file, one at a time, 5 times unmeasured and 20 measured. Prints p50/p99 wall per query and
 * for the whole mix, and with {@code -Dserver.pid=PID} the server's CPU per measured search request. Run with
 * {@code java -cp <test classpath> org.paperbridge.serve.HttpLoadBenchmark URL [clients] [warmup] [rounds] [file]}.
 */
public final class HttpLoadBenchmark {
    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        Path file = args.length > 4 ? Path.of(args[4]) : null;
        List<String> mix = IndexBenchmark.queries(IndexBenchmark.defaultQueries());
        String pid = System.getProperty("server.pid");
        long[] cpuBefore = new long[1];
        // Every client finishes its warm-up before any measured request, so the server's CPU over the
        // measured rounds leaves out the JIT compiling during warm-up.
        CyclicBarrier warmedUp = new CyclicBarrier(clients, () -> cpuBefore[0] = pid == null ? 0 : cpuTicksUnchecked(pid));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<long[]>>> runs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            runs.add(pool.submit(() -> client(base, mix, first, warmup, rounds, warmedUp)));
        }
        List<List<Long>> perQuery = new ArrayList<>();
        mix.forEach(q -> perQuery.add(new ArrayList<>()));
        List<Long> all = new ArrayList<>();
        for (Future<List<long[]>> run : runs) {
            for (long[] sample : run.get()) {
                perQuery.get((int) sample[0]).add(sample[1]);
                all.add(sample[1]);
            }
        }
        long cpuAfter = pid == null ? 0 : cpuTicks(pid);
        pool.shutdown();
        if (pid != null) {
            // /proc ticks are 1/100 s; over the measured requests only (GC and JIT threads included).
            System.out.printf(Locale.ROOT, "server CPU per search request: %.1f ms (%d measured requests)%n",
                    (cpuAfter - cpuBefore[0]) * 10.0 / ((long) clients * rounds * mix.size()),
                    (long) clients * rounds * mix.size());
        }
        System.out.printf(Locale.ROOT, "%d clients, %d rounds of %d queries each (after %d warm-up rounds)%n",
                clients, rounds, mix.size(), warmup);
        System.out.println("| query | wall p50 ms | wall p99 ms |");
        System.out.println("|---|---|---|");
        for (int i = 0; i < mix.size(); i++) {
            System.out.printf(Locale.ROOT, "| `%s` | %.1f | %.1f |%n", mix.get(i), ms(perQuery.get(i), 50), ms(perQuery.get(i), 99));
        }
        System.out.printf(Locale.ROOT, "| whole mix (%d requests) | **%.1f** | **%.1f** |%n", all.size(), ms(all, 50), ms(all, 99));
        if (file != null) {
            process(base, file);
        }
    }

    private static List<long[]> client(URI base, List<String> mix, int first, int warmup, int rounds,
                                       CyclicBarrier warmedUp) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<long[]> samples = new ArrayList<>();
        for (int round = 0; round < warmup + rounds; round++) {
            if (round == warmup) {
                warmedUp.await();
            }
            for (int k = 0; k < mix.size(); k++) {
                int i = (first + k) % mix.size();
                URI uri = base.resolve("/api/search?q=" + URLEncoder.encode(mix.get(i), StandardCharsets.UTF_8));
                long t = System.nanoTime();
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                long took = System.nanoTime() - t;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(mix.get(i) + ": HTTP " + r.statusCode());
                }
                if (round >= warmup) {
                    samples.add(new long[] {i, took});
                }
            }
        }
        return samples;
    }

    private static void process(URI base, Path file) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String boundary = "----paperbridge-bench";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(file));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/process"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("process: HTTP " + r.statusCode());
            }
            if (i >= 5) {
                times.add(System.nanoTime() - t);
            }
        }
        System.out.printf(Locale.ROOT, "POST /api/process %s (%,d bytes), 20 after 5 warm-up: p50 %.0f ms, max %.0f ms%n",
                file.getFileName(), Files.size(file), ms(times, 50), ms(times, 100));
    }

    private static long cpuTicksUnchecked(String pid) {
        try {
            return cpuTicks(pid);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** User plus system CPU of a process, in clock ticks (fields 14 and 15 of /proc/PID/stat). */
    private static long cpuTicks(String pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static double ms(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int at = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, at))) / 1e6;
    }
}
