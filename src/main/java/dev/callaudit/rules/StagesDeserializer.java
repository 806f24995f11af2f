package dev.callaudit.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.callaudit.checks.CheckRegistry;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the {@code stages:} map, binding each stage to the settings record its check registered,
 * in the parser's stream so that a mistake deep inside a stage still reports its line.
 */
final class StagesDeserializer extends StdDeserializer<Map<String, StageConfig>> {

    StagesDeserializer() {
        super(Map.class);
    }

    @Override
    public Map<String, StageConfig> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonMappingException.from(p, "expected a map of stages (" + String.join(", ", CheckRegistry.stageKeys()) + ")");
        }
        Map<String, StageConfig> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Class<? extends StageConfig> type = CheckRegistry.stageConfigType(key);
            if (type == null) {
                throw JsonMappingException.from(p, "unknown stage '" + key + "' (expected one of: "
                        + String.join(", ", CheckRegistry.stageKeys()) + ")");
            }
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            try {
                out.put(key, ctxt.readValue(p, type));
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, out, key); // keeps the stage in the reported path
            }
        }
        return out;
    }
}
