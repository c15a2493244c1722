package dev.summitbot.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One REST request JDA made, as the stand-in saw it.
 *
 * @param method     HTTP method, upper case
 * @param path       path below the API base, e.g. {@code /channels/123/messages}
 * @param query      decoded query parameters (last value wins)
 * @param headers    request headers, names in lower case (first value)
 * @param body       the JSON body, or the {@code payload_json} part of a multipart body; NullNode if none
 * @param fileNames  file names of multipart file parts, in order
 * @param status     the status the stand-in answered with
 * @param knownRoute false when no route matched (answered 404): such a request is a test failure
 */
public record RecordedRequest(
        String method,
        String path,
        Map<String, String> query,
        Map<String, String> headers,
        JsonNode body,
        List<String> fileNames,
        int status,
        boolean knownRoute) {

    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        fileNames = List.copyOf(fileNames);
    }

    /** True if the method is {@code method} and the whole path matches the regular expression {@code pathRegex}. */
    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        String q = query.isEmpty() ? "" : " " + query;
        return method + " " + path + q + " -> " + status + (knownRoute ? "" : " (unknown route)")
                + (body.isNull() ? "" : " " + Json.write(body));
    }
}
