package io.github.loosmethod.interchange.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code of every enum of the format is read back as its constant, and nothing else is. */
class CodeTableTest {

    static Stream<CodeTable<?>> tables() throws IllegalAccessException {
        List<CodeTable<?>> tables = new ArrayList<>();
        for (Field field : CodeTable.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == CodeTable.class) {
                tables.add((CodeTable<?>) field.get(null));
            }
        }
        assertThat(tables).hasSizeGreaterThanOrEqualTo(19);
        return tables.stream();
    }

    private static Object find(CodeTable<?> table, String text) {
        // The code sits inside a larger buffer, as it does in the parser's.
        char[] buffer = ("{\"x\":\"" + text + "\"}").toCharArray();
        return table.find(buffer, 6, text.length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void each_code_gives_its_constant_and_near_misses_give_nothing(CodeTable<?> table) {
        for (Enum<?> constant : table.type().getEnumConstants()) {
            String code = Codes.code(constant);

            assertThat(find(table, code)).isSameAs(constant);
            assertThat(table.constant(table.fields().indexOf(code))).as("as a key").isSameAs(constant);
            assertThat(find(table, constant.name())).as("the constant's Java name").isNull();
            assertThat(find(table, code + "s")).isNull();
            assertThat(find(table, code.substring(1))).isNull();
            assertThat(find(table, code.substring(0, code.length() - 1) + "~")).isNull();
        }
        assertThat(find(table, "")).isNull();
        assertThat(table.allowed().split(", ")).hasSize(table.type().getEnumConstants().length);
    }
}
