package mirage.scenes.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * The one Jackson configuration for specs: snake_case keys; unknown keys fail; strings are never coerced to
 * numbers or booleans and fractions never to integers; nulls are not written; parser limits from
 * {@link SpecLimits} (document size, nesting, string and number length, SnakeYAML's alias and size limits).
 */
final class SpecMappers {
    private SpecMappers() {}

    static ObjectMapper forFormat(SpecFormat format) {
        ObjectMapper m = format == SpecFormat.YAML
                ? YAMLMapper.builder(YAMLFactory.builder().loaderOptions(SpecLimits.yamlOptions())
                        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                        .streamReadConstraints(SpecLimits.jacksonConstraints()).build())
                        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build()
                : JsonMapper.builder(JsonFactory.builder().streamReadConstraints(SpecLimits.jacksonConstraints()).build())
                        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build();
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
        m.registerModule(PrimitiveJson.module());
        return m;
    }
}
