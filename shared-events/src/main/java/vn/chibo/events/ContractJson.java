package vn.chibo.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of the contract. Every service serialises events with a mapper configured like this
 * one, so an event written by command-service reads back the same in any consumer.
 */
public final class ContractJson {

    private ContractJson() {
    }

    public static ObjectMapper newObjectMapper() {
        return configure(JsonMapper.builder().build());
    }

    /** Applies the contract's settings to a mapper (Spring's, in the services). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
