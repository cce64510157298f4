package io.github.loosmethod.towndesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.interchange.Schemas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * The hand-written OpenAPI description (/openapi.yaml) is held to the desk: every route of the
 * desk is described, every operation and problem type named, and every reference into the
 * published schema lands on a definition of the schema the desk serves.
 */
class OpenApiDescriptionTest extends DeskTestBase {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @SuppressWarnings("unchecked")
    private Map<String, Object> description() {
        Desk.Reply reply = desk.get("/openapi.yaml");
        assertThat(reply.status()).isEqualTo(200);
        return (Map<String, Object>) new Yaml().load(reply.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRouteOfTheDeskIsDescribedWithItsMethod() {
        Map<String, Object> paths = (Map<String, Object>) description().get("paths");
        List<String> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            Class<?> controller = entry.getValue().getBeanType();
            if (controller != InitiativeController.class && controller != SchemaController.class && controller != ImportController.class) {
                continue;
            }
            for (String path : entry.getKey().getPatternValues()) {
                for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                    routes.add(method + " " + path);
                    if (controller != SchemaController.class) {
                        assertThat(paths).as(path).containsKey(path);
                        assertThat((Map<String, Object>) paths.get(path)).as(method + " " + path)
                                .containsKey(method.name().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        assertThat(routes).hasSize(12);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSourcesOfAnImportAreThoseInteropLists() {
        // The description is written by hand; its enum of sources is held to the one list the desk reads.
        Map<String, Object> post = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) description().get("paths"))
                .get("/imports/{source}")).get("post");
        Map<String, Object> source = ((List<Map<String, Object>>) post.get("parameters")).stream()
                .filter(parameter -> "source".equals(parameter.get("name"))).findFirst().orElseThrow();
        assertThat((List<Object>) ((Map<String, Object>) source.get("schema")).get("enum"))
                .containsExactlyElementsOf(Arrays.stream(io.github.loosmethod.interop.ImportSource.values())
                        .map(io.github.loosmethod.interop.ImportSource::code).toList());
    }

    @Test
    void everyOperationAndProblemTypeIsNamed() {
        String text = desk.get("/openapi.yaml").body();
        Arrays.stream(Operation.values()).forEach(operation -> assertThat(text).contains(operation.path()));
        Arrays.stream(ProblemType.values()).forEach(problem ->
                assertThat(text).contains(problem.type() + " (" + problem.status().value() + ")"));
    }

    @Test
    void everyReferenceIntoThePublishedSchemaLandsOnADefinition() {
        Desk.Reply served = desk.get("/schema/loos-method-v2.schema.json");
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).startsWith("application/schema+json");
        JsonNode schema = served.json();
        assertThat(schema.get("$id").asString()).isEqualTo(Schemas.ID);

        Matcher reference = Pattern.compile("\\$ref: '" + Pattern.quote(Schemas.ID) + "#/\\$defs/([A-Za-z]+)'")
                .matcher(desk.get("/openapi.yaml").body());
        Set<String> named = new java.util.TreeSet<>();
        while (reference.find()) {
            named.add(reference.group(1));
        }
        assertThat(named).contains("initiativeDocument", "actor", "decision", "convention", "signature", "participationActivity");
        named.forEach(definition -> assertThat(schema.get("$defs").has(definition)).as(definition).isTrue());
    }
}
