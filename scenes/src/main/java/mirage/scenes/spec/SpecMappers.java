package mirage.scenes.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The one Jackson configuration for specs: snake_case keys; unknown keys fail; strings are never coerced to
 * numbers or booleans and fractions never to integers; nulls are not written.
 */
final class SpecMappers {
    private SpecMappers() {}

    static ObjectMapper forFormat(SpecFormat format) {
        ObjectMapper m = format == SpecFormat.YAML
                ? YAMLMapper.builder().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build()
                : JsonMapper.builder().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build();
        return configure(m);
    }

    static JsonFactory factory(SpecFormat format) {
        return forFormat(format).getFactory();
    }

    private static ObjectMapper configure(ObjectMapper m) {
        m.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        m.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        m.enable(SerializationFeature.INDENT_OUTPUT);
        return m;
    }
}
