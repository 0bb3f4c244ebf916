package vn.chibo.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads and writes the JSON columns of the read model: lists that are only ever shown (guests,
 * scores, task reviews, votes), kept in the contract's own shape. SQL writes them with
 * {@code cast(? as jsonb)}.
 */
@Component
public class JsonColumns {

    private final ObjectMapper json;

    public JsonColumns(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value, e);
        }
    }

    public <T> T read(String column, Class<T> type) {
        if (column == null) {
            return null;
        }
        try {
            return json.readValue(column, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read " + type.getSimpleName() + " from " + column, e);
        }
    }

    /** The list in the column; empty when the column is null. */
    public <T> List<T> list(String column, Class<T> element) {
        if (column == null) {
            return List.of();
        }
        try {
            return json.readValue(column, json.getTypeFactory().constructCollectionType(List.class, element));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a list of " + element.getSimpleName() + " from " + column, e);
        }
    }
}
