package vn.chibo.query.indicator;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads {@code ?tree=then|current}; an empty value is no choice (the default). */
@Component
class TreeChoiceConverter implements Converter<String, TreeChoice> {

    @Override
    public TreeChoice convert(String value) {
        return value.isBlank() ? null : TreeChoice.parse(value);
    }
}
