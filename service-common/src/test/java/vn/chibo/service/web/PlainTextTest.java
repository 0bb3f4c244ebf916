package vn.chibo.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainTextTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(PlainText.module());

    record Named(String name) {
    }

    @Test
    void vietnameseLineBreaksAndEmojiAreText() throws Exception {
        assertThat(json.readValue("{\"name\":\"Nguyễn Thị Ánh\\n\\tHà Giang 🌾\"}", Named.class).name())
                .isEqualTo("Nguyễn Thị Ánh\n\tHà Giang 🌾");
    }

    @Test
    void nulControlCharactersAndBrokenUnicodeAreRefusedNamingTheField() {
        for (String escaped : new String[]{"\\u0000", "\\u001b[31m", "\\ud800", "\\udc00x", "\\uffff", "\\u007f"}) {
            assertThatThrownBy(() -> json.readValue("{\"name\":\"a" + escaped + "\"}", Named.class))
                    .as(escaped).isInstanceOf(PlainText.UnreadableText.class)
                    .satisfies(e -> assertThat(((PlainText.UnreadableText) e).getPath().get(0).getFieldName()).isEqualTo("name"));
        }
    }
}
