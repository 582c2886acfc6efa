package org.paperbridge.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real headless Chromium (Debian's chromium and chromium-driver, as .ci/run
 * installs them): search, a facet click, an article with its linked abstract, an upload. One
 * server and one browser for the class. Without the browser the class is skipped with a message,
 * except under CI, where a missing browser is a failure.
 */
class ServeBrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("paperbridge.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("paperbridge.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static ServedCorpus corpus;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        String missing = "no " + CHROMIUM + " or " + DRIVER + ": browser tests skipped "
                + "(apt-get install chromium chromium-driver to run them)";
        if (System.getenv("CI") != null) {
            assertTrue(present, missing);
        }
        Assumptions.assumeTrue(present, missing);
        corpus = ServedCorpus.start(dir, 20L << 20);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (corpus != null) {
            corpus.close();
        }
    }

    static String url(String pathAndQuery) {
        return corpus.base.resolve(pathAndQuery).toString();
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name), png);
    }

    static List<WebElement> hits() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        return browser.findElements(By.cssSelector("#results .hit"));
    }

    @Test
    void searchShowsArticlesWithHighlightsAndAFacetFilters() throws Exception {
        String query = "细胞 OR cell";
        JsonNode api = corpus.get("/api/search?facets=true&q=" + q(query)).json();
        browser.get(url("/"));
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys(query);
        browser.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.urlContains("q="));
        List<WebElement> hits = hits();
        assertEquals(api.path("articles").size(), hits.size());
        assertEquals(api.path("articles").path(0).path("docId").asText(), hits.get(0).getAttribute("data-doc"));
        List<WebElement> marks = browser.findElements(By.cssSelector("#results mark"));
        assertFalse(marks.isEmpty());
        assertTrue(marks.stream().anyMatch(m -> m.getText().contains("细胞") || m.getText().equalsIgnoreCase("cell")));
        screenshot("search.png");

        // A facet value held by fewer articles than match: clicking it narrows the list to them.
        JsonNode facet = null;
        String dim = null;
        for (var entry : (Iterable<java.util.Map.Entry<String, JsonNode>>) api.path("facets")::fields) {
            for (JsonNode v : entry.getValue()) {
                if (v.path("count").asInt() < api.path("totalArticles").asInt()) {
                    facet = v;
                    dim = entry.getKey();
                }
            }
        }
        assertTrue(facet != null, "a facet value narrower than the search: " + api.path("facets"));
        String filter = dim + ":" + facet.path("value").asText();
        WebElement button = browser.findElement(By.cssSelector("#facets button[data-facet='" + filter.replace("'", "\\'") + "']"));
        button.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#active-facets .chip")));
        assertTrue(browser.getCurrentUrl().contains("facet="), browser.getCurrentUrl());
        assertEquals(facet.path("count").asInt(), hits().size());
        assertEquals(filter, browser.findElement(By.cssSelector("#active-facets .chip")).getAttribute("data-facet"));
        // The state is in the URL: opened afresh, the same filtered page.
        String bookmarked = browser.getCurrentUrl();
        browser.get(url("/"));
        browser.get(bookmarked);
        assertEquals(facet.path("count").asInt(), hits().size());
        assertEquals(query, browser.findElement(By.id("q")).getAttribute("value"));
    }

    @Test
    void aQueryWithMarkupShowsAsText() {
        String attack = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        browser.get(url("/?q=" + q(attack)));
        wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("summary")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error"))));
        assertEquals(attack, browser.findElement(By.id("q")).getAttribute("value"));
        assertEquals(1, browser.findElements(By.tagName("script")).size(), "only the page's own script");
        assertTrue(browser.findElements(By.cssSelector("main img")).isEmpty());
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    @Test
    void articleViewLinksAbstractSentencesAndEntities() throws Exception {
        browser.get(url("/?q=" + q("肝衰竭")));
        hits().get(0).findElement(By.cssSelector("h2 a")).click();
        wait.until(ExpectedConditions.urlContains("/article/"));
        WebElement article = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article")));
        String id = article.getAttribute("data-doc");
        JsonNode json = corpus.get("/api/articles/" + id).json();
        assertEquals(json.path("title").path("zh").asText(), browser.findElement(By.id("title-zh")).getText());
        assertEquals(json.path("title").path("en").asText(), browser.findElement(By.id("title-en")).getText());

        JsonNode link = json.path("abstract").path("alignment").path(0);
        WebElement zh = browser.findElement(By.cssSelector("#abstract-zh .sentence[data-s='" + link.path("zh").path(0).asInt() + "']"));
        WebElement en = browser.findElement(By.cssSelector("#abstract-en .sentence[data-s='" + link.path("en").path(0).asInt() + "']"));
        assertFalse(en.getAttribute("class").contains("lit"));
        new Actions(browser).moveToElement(zh).perform();
        wait.until(ExpectedConditions.attributeContains(en, "class", "lit"));
        assertTrue(zh.getAttribute("class").contains("lit"));
        screenshot("article.png");
        new Actions(browser).moveToElement(browser.findElement(By.id("title-en"))).perform();
        wait.until(ExpectedConditions.not(ExpectedConditions.attributeContains(en, "class", "lit")));

        List<WebElement> genes = browser.findElements(By.cssSelector("#article a.ent-gene[data-id^='HGNC:']"));
        assertFalse(genes.isEmpty(), "genes linked to HGNC");
        assertTrue(genes.get(0).getAttribute("href").startsWith("https://www.genenames.org/"));
        List<WebElement> cells = browser.findElements(By.cssSelector("#article a.ent-cell_type[data-id^='CL:']"));
        assertFalse(cells.isEmpty(), "cell types linked to the Cell Ontology");
        assertTrue(cells.get(0).getAttribute("href").startsWith("http://purl.obolibrary.org/obo/CL_"));
        assertEquals(json.path("references").size(), browser.findElements(By.cssSelector("#references > li")).size());
        assertFalse(browser.findElements(By.cssSelector("#references .cited-in a")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#toc a")).isEmpty());
    }

    @Test
    void anUploadedFileIsProcessedAndShown() throws Exception {
        browser.get(url("/upload"));
        WebElement file = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
        file.sendKeys(ServedCorpus.UPLOAD.toAbsolutePath().normalize().toString());
        browser.findElement(By.id("upload-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-status"), "Processed"));
        WebElement title = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title-en")));
        String first = Files.readAllLines(ServedCorpus.UPLOAD).get(0).strip();
        assertEquals(first, title.getText());
        assertTrue(browser.findElements(By.cssSelector("#upload-status a")).isEmpty(), "not indexed: no link");
    }
}
