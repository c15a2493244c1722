package dev.summitbot.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Reads {@code summitbot.yaml}; any problem names the file, the line and the field. */
public final class ConfigLoader {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // A whole number written as 1.5 is a mistake, not 1.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    /** Thrown for a configuration the bot must not start with. */
    public static final class ConfigException extends Exception {
        public ConfigException(String message) {
            super(message);
        }
    }

    /** The configuration in a file named on the command line, which must exist: a typo must not start the defaults. */
    public BotConfig loadNamed(Path file) throws ConfigException {
        if (!Files.exists(file)) {
            throw new ConfigException(file + ": no such file (named by --config)");
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": is not a file (named by --config)");
        }
        return load(file);
    }

    /** The file's configuration; the defaults when the file does not exist. */
    public BotConfig load(Path file) throws ConfigException {
        if (!Files.exists(file)) {
            return BotConfig.DEFAULT;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            BotConfig config = text.isBlank() ? BotConfig.DEFAULT : yaml.readValue(text, BotConfig.class);
            return config == null ? BotConfig.DEFAULT : config;
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(where(file, e.getLocation()) + "unknown field `" + path(e) + "`"
                    + " (known here: " + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")");
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
            String field = path(e);
            throw new ConfigException(where(file, e.getLocation()) + (field.isEmpty() ? "" : "field `" + field + "`: ")
                    + firstLine(message));
        } catch (JsonProcessingException e) {
            throw new ConfigException(where(file, e.getLocation()) + "malformed YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String where(Path file, JsonLocation location) {
        return file + (location != null && location.getLineNr() > 0 ? ":" + location.getLineNr() : "") + ": ";
    }

    private static String firstLine(String message) {
        return message == null ? "invalid value" : message.lines().findFirst().orElse(message).strip();
    }
}
