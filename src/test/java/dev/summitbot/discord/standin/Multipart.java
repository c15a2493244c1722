package dev.summitbot.discord.standin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of multipart/form-data to read what JDA uploads: the {@code payload_json} part and the
 * names of the file parts. Bytes are handled as ISO-8859-1 so they survive unchanged.
 */
record Multipart(byte[] payloadJson, List<String> fileNames) {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");
    private static final String CRLF = "\r\n";

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    static Multipart parse(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw new IllegalArgumentException("multipart body without boundary: " + contentType);
        }
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        byte[] payload = new byte[0];
        List<String> files = new ArrayList<>();
        for (String part : raw.split(Pattern.quote("--" + boundary.group(1)))) {
            if (part.startsWith("--") || part.isBlank()) {
                continue; // closing delimiter, or the preamble
            }
            int split = part.indexOf(CRLF + CRLF);
            if (split < 0) {
                continue;
            }
            String headers = part.substring(0, split);
            String content = part.substring(split + 4);
            if (content.endsWith(CRLF)) {
                content = content.substring(0, content.length() - 2);
            }
            Matcher fileName = FILE_NAME.matcher(headers);
            Matcher name = NAME.matcher(headers);
            if (fileName.find()) {
                files.add(fileName.group(1));
            } else if (name.find() && name.group(1).equals("payload_json")) {
                payload = content.getBytes(StandardCharsets.ISO_8859_1);
            }
        }
        return new Multipart(payload, files);
    }
}
