package dev.callaudit.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each object of a JSON document starts, by JSON pointer: a tree keeps no positions, and a
 * finding in a vendor export still has to point at the line of its turn.
 */
final class JsonLines {
    private final Map<String, Integer> lines;

    private JsonLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static JsonLines index(String json) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT) {
                    lines.put(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
                }
            }
        }
        return new JsonLines(lines);
    }

    /** The line where the object at {@code pointer} starts ("/Transcript/3"), or 1 if unknown. */
    int at(String pointer) {
        return lines.getOrDefault(pointer, 1);
    }
}
