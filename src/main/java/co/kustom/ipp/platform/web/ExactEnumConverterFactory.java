package co.kustom.ipp.platform.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/** Reads enum query parameters by their exact name: Spring's own converter would trim stray whitespace. */
@SuppressWarnings({"rawtypes", "unchecked"})
class ExactEnumConverterFactory implements ConverterFactory<String, Enum> {

    @Override
    public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
        return text -> text.isEmpty() ? null : (T) Enum.valueOf(targetType, text);
    }
}
