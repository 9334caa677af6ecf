package io.github.specwright.core.site;

import io.github.specwright.core.internal.json.JsonWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless chromium driven over the Chrome DevTools protocol with the JDK's own WebSocket client: navigate,
 * evaluate JavaScript in the page, take screenshots. Just what the site's browser test needs, no driver library.
 */
final class Chromium implements AutoCloseable {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();

    /** The chromium executable, if this machine has one. */
    static Optional<Path> find() {
        for (String candidate : CANDIDATES) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private Chromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    static Chromium start(Path executable, Path profile) throws Exception {
        Process process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--disable-extensions", "--window-size=1280,900",
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new IOException("chromium did not open its DevTools port; see " + profile.resolveSibling("chromium.log"));
                }
                Thread.sleep(100);
            }
            String port = Files.readAllLines(portFile).get(0).strip();
            HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
            String targets = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher page = Pattern.compile("\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"", Pattern.DOTALL)
                    .matcher(targets);
            if (!page.find()) {
                throw new IOException("chromium shows no page target: " + targets);
            }
            Chromium[] self = new Chromium[1];
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT)
                    .buildAsync(URI.create(page.group(1)), new Listener(self)).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            self[0] = new Chromium(process, socket);
            return self[0];
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Collects text frames into messages and hands responses to the command waiting for them. */
    private static final class Listener implements WebSocket.Listener {
        private final Chromium[] owner;
        private final StringBuilder message = new StringBuilder();

        Listener(Chromium[] owner) {
            this.owner = owner;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                String text = message.toString();
                message.setLength(0);
                Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(text);
                if (id.find() && owner[0] != null) {
                    CompletableFuture<String> waiting = owner[0].pending.remove(Integer.parseInt(id.group(1)));
                    if (waiting != null) {
                        waiting.complete(text);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    private String send(String method, String params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<String> response = new CompletableFuture<>();
        pending.put(id, response);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        String text = response.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (text.contains("\"error\":{") || text.contains("\"exceptionDetails\"")) {
            throw new IllegalStateException(method + " failed: " + text);
        }
        return text;
    }

    /** Evaluates a JavaScript expression in the page and returns its value as a string (awaiting promises). */
    String evaluate(String expression) throws Exception {
        String response = send("Runtime.evaluate", "{\"expression\":" + JsonWriter.quote("String(" + expression + ")", JsonWriter.Escaping.SCRIPT_SAFE)
                + ",\"returnByValue\":true,\"awaitPromise\":true}");
        return jsonString(response, "\"value\":");
    }

    /** Loads a URL and waits until the page has loaded. */
    void navigate(String url) throws Exception {
        send("Page.navigate", "{\"url\":" + JsonWriter.quote(url, JsonWriter.Escaping.SCRIPT_SAFE) + "}");
        waitFor("location.href === " + JsonWriter.quote(url, JsonWriter.Escaping.SCRIPT_SAFE) + " && document.readyState === 'complete'");
    }

    /** Polls a JavaScript condition until it is true. */
    void waitFor(String condition) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                if ("true".equals(evaluate("!!(" + condition + ")"))) {
                    return;
                }
            } catch (IllegalStateException navigating) {
                // The page is being replaced; ask again.
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + condition + " at " + evaluate("location.href"));
            }
            Thread.sleep(50);
        }
    }

    /** Emulates a device of this width and height in CSS pixels (a phone when {@code mobile}). */
    void setViewport(int width, int height, boolean mobile) throws Exception {
        send("Emulation.setDeviceMetricsOverride", "{\"width\":" + width + ",\"height\":" + height
                + ",\"deviceScaleFactor\":1,\"mobile\":" + mobile + "}");
    }

    /** Renders the page for a CSS media type ({@code print}, {@code screen}). */
    void emulateMedia(String media) throws Exception {
        send("Emulation.setEmulatedMedia", "{\"media\":" + JsonWriter.quote(media, JsonWriter.Escaping.SCRIPT_SAFE) + "}");
    }

    /** A PNG of the viewport. */
    byte[] screenshot() throws Exception {
        String response = send("Page.captureScreenshot", "{\"format\":\"png\"}");
        return Base64.getDecoder().decode(jsonString(response, "\"data\":"));
    }

    /** The JSON string value after {@code key} in {@code json}, unescaped. */
    private static String jsonString(String json, String key) {
        int at = json.indexOf(key);
        if (at < 0 || json.charAt(at + key.length()) != '"') {
            throw new IllegalStateException("no string " + key + " in " + json);
        }
        StringBuilder out = new StringBuilder();
        for (int i = at + key.length() + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                char escaped = json.charAt(++i);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append(escaped);
                }
            } else {
                out.append(c);
            }
        }
        throw new IllegalStateException("unterminated string in " + json);
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendText("{\"id\":0,\"method\":\"Browser.close\",\"params\":{}}", true).get(5, TimeUnit.SECONDS);
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing is best effort; the process is destroyed below
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
