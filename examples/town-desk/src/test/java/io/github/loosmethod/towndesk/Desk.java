package io.github.loosmethod.towndesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the desk over real HTTP, as a clerk's browser or another system calls it. */
final class Desk {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final JsonMapper mapper;

    Desk(int port, JsonMapper mapper) {
        this.base = "http://localhost:" + port;
        this.mapper = mapper;
    }

    /** A response, its body read as JSON when it is JSON. */
    record Reply(int status, Optional<String> etag, String contentType, String body, JsonMapper mapper) {
        JsonNode json() {
            return mapper.readTree(body);
        }

        String etagValue() {
            return etag.orElseThrow();
        }
    }

    Reply get(String path, String language) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language).GET());
    }

    Reply get(String path) {
        return get(path, "en");
    }

    Reply post(String path, Object body, Optional<String> ifMatch, String language) {
        String json = body instanceof String text ? text : mapper.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        ifMatch.ifPresent(tag -> request.header("If-Match", tag));
        return send(request);
    }

    Reply post(String path, Object body, String ifMatch) {
        return post(path, body, Optional.of(ifMatch), "en");
    }

    Reply post(String path, Object body) {
        return post(path, body, Optional.empty(), "en");
    }

    /**
     * Any request, as another system might send it: its method, headers and raw body (none when
     * null).
     */
    Reply exchange(String method, String path, java.util.Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("ETag"),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), mapper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
