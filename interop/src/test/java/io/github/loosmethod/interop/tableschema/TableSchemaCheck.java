package io.github.loosmethod.interop.tableschema;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks a CSV file against a Frictionless Table Schema (v1) the way the French SCDL schemas use
 * it, Validata's custom checks included: the test oracle that proves a file the library exports
 * passes a published schema.
 *
 * <p>{@link #problems} returns one message per violation, {@code line N, column: what (constraint)},
 * in file order; an empty list means the file passes. Line 1 is the header; a line is a CSV record,
 * so it is the file's line as long as no quoted cell spans lines. A schema using anything this class
 * does not check (a keyword, a type, a format, a custom check) is refused with an {@link
 * IllegalArgumentException} naming its JSON pointer: ignoring a constraint would let a bad file pass.
 *
 * <p>What is checked, and where it departs from the references (the Table Schema v1 and CSV Dialect
 * specifications, frictionless-py, and Validata, the validator of schema.data.gouv.fr that runs the
 * {@code custom_checks}); every departure is stricter, so a file passing here passes there:
 * <ul>
 *   <li>CSV: the dialect's defaults (comma, double quote, quotes doubled inside quotes, any line end),
 *       the bytes decoded strictly in the given charset (bad bytes are one problem, its line counted
 *       in LF bytes), a leading byte-order mark skipped as frictionless-py does. Text after a closing
 *       quote makes the file malformed here, and nothing after it is checked; Python's csv appends it.
 *   <li>Header: the fields' names, all of them, exactly and in order (v1 has no {@code fieldsMatch};
 *       Validata matches columns by name and tolerates missing optional ones). A row whose cell count
 *       differs from the header's is reported; blank rows are reported.
 *   <li>{@code missingValues} (default {@code [""]}): a missing cell breaks only {@code required} (and
 *       {@code primaryKey}); no other constraint applies to it.
 *   <li>Types: {@code string} (formats {@code default}, {@code uri}: an absolute URI by {@link URI},
 *       where frictionless-py only asks for a scheme), {@code number} (the spec's lexical form with
 *       exponent, {@code NaN}, {@code INF}, {@code -INF}; Python's {@code Decimal} also takes spaces),
 *       {@code integer} ({@code [+-]digits}), {@code boolean} ({@code trueValues}, {@code
 *       falseValues}), {@code date} (format {@code default}: {@code YYYY-MM-DD} and a real date;
 *       Python's {@code strptime} also takes one-digit months and days). A cell not of its type gets
 *       no further constraint check.
 *   <li>Constraints: {@code required}, {@code unique} (typed values: {@code 1.0} repeats {@code 1}),
 *       {@code pattern} (on strings, over the whole cell as frictionless-py anchors it; Java regex
 *       with Unicode classes, so {@code \d} is any decimal digit as in Python and XML Schema; {@code
 *       $} does not accept a trailing newline as Python's does), {@code enum} (strings), {@code
 *       minLength}/{@code maxLength} (strings, in code points), {@code minimum}/{@code maximum}
 *       (numbers, integers, dates). {@code primaryKey}: unique together and never missing.
 *   <li>Validata's custom checks used by the SCDL schemas, as its sources define them: {@code
 *       french-siret-value}, {@code one-of-required}, {@code year-interval-value}, {@code
 *       cohesive-columns-value}, {@code compare-columns-value}, {@code sum-columns-value}, {@code
 *       nomenclature-actes-value}. A cell-level check skips missing cells; a check over several
 *       columns skips a row where a cell it compares is missing or not of its type.
 * </ul>
 * Documentation keys ({@code title}, {@code description}, {@code example}, the schema's metadata) are
 * accepted unread; the list is closed, so a new key is a decision, not an accident.
 */
public final class TableSchemaCheck {

    private static final String TABLE_SCHEMA_V1 = "https://frictionlessdata.io/schemas/table-schema.json";
    private static final Set<String> SCHEMA_KEYS = Set.of("$schema", "name", "title", "description",
            "countryCode", "homepage", "path", "resources", "sources", "created", "lastModified", "version",
            "contributors", "licenses", "fields", "missingValues", "primaryKey", "custom_checks");
    private static final Set<String> FIELD_KEYS = Set.of("name", "title", "description", "example",
            "examples", "type", "format", "constraints", "trueValues", "falseValues");
    private static final Set<String> CONSTRAINT_KEYS = Set.of("required", "unique", "pattern", "enum",
            "minimum", "maximum", "minLength", "maxLength");
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern NUMBER_SPECIAL = Pattern.compile("(?i)nan|inf|-inf");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern YEARS = Pattern.compile("([0-9]{4})/([0-9]{4})");
    /** Level-1 subjects of the ACTES nomenclature, folded, as Validata's check lists them. */
    private static final Set<String> ACTES_SUBJECTS = Stream.of("Commande publique", "Urbanisme",
                    "Domaine et patrimoine", "Fonction publique", "Institutions et vie politique",
                    "Libertés publiques et pouvoirs de police", "Finances locales",
                    "Domaines de compétences par thèmes", "Autres domaines de compétences")
            .map(TableSchemaCheck::folded).collect(Collectors.toUnmodifiableSet());
    private static final Map<String, IntPredicate> OPERATORS = Map.of("<", c -> c < 0, "<=", c -> c <= 0,
            "==", c -> c == 0, ">=", c -> c >= 0, ">", c -> c > 0);

    private enum Type { STRING, NUMBER, INTEGER, DATE, BOOLEAN }

    private record Field(String name, Type type, boolean uri, List<String> trueValues, List<String> falseValues,
            boolean required, boolean unique, Optional<Pattern> pattern, Optional<List<String>> enumeration,
            Optional<Object> minimum, Optional<Object> maximum, OptionalInt minLength, OptionalInt maxLength) {

        String expected() {
            return switch (type) {
                case STRING -> "an absolute URI"; // the only string a cell can fail to be
                case NUMBER -> "a number";
                case INTEGER -> "an integer";
                case DATE -> "a date (YYYY-MM-DD)";
                case BOOLEAN -> "a boolean (true: " + trueValues + ", false: " + falseValues + ")";
            };
        }
    }

    /** A data row: its non-missing cells, and the typed values of those of their field's type. */
    private record Row(int line, Map<String, String> cells, Map<String, Object> values) {}

    /** A row-level check, run on each data row. */
    private interface RowCheck {
        void check(Row row, List<String> problems);
    }

    /** A custom check: given the header's columns, reports what they lack and returns its row check, if any. */
    private interface CustomCheck {
        Optional<RowCheck> forHeader(Set<String> columns, List<String> problems);
    }

    private record Schema(List<Field> fields, List<String> missingValues, List<String> primaryKey,
            List<CustomCheck> customChecks) {}

    private TableSchemaCheck() {}

    /**
     * Checks a CSV file against a Table Schema.
     *
     * @param schemaJson the Table Schema, JSON
     * @param csv the CSV file, with a header row
     * @param charset the file's encoding; bytes that are not valid in it are one problem
     * @return one message per violation, in file order; empty when the file passes
     * @throws IllegalArgumentException when the schema uses something this class does not check
     * @throws IOException when a file cannot be read
     */
    public static List<String> problems(Path schemaJson, Path csv, Charset charset) throws IOException {
        Schema schema = read(schemaJson);
        byte[] bytes = Files.readAllBytes(csv);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(input).toString();
        } catch (CharacterCodingException e) {
            // The input stops at the first bad byte: name it with its line, for the person fixing the export.
            int offset = input.position();
            long line = 1 + IntStream.range(0, offset).filter(i -> bytes[i] == '\n').count();
            return List.of("line " + line + " (byte " + offset + "): not valid " + charset.name());
        }
        return check(schema, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static List<String> check(Schema schema, String text) {
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            parser.forEach(records::add);
        } catch (IOException | UncheckedIOException e) {
            // Past a quoting error the cells cannot be told apart: the rest of the file is not checked.
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            return List.of("line " + (records.size() + 1) + ": malformed CSV (" + cause.getMessage() + ")");
        }
        if (records.isEmpty()) {
            return List.of("line 1: no header row");
        }
        List<String> problems = new ArrayList<>();
        List<String> header = records.get(0).toList();
        List<String> names = schema.fields().stream().map(Field::name).toList();
        Set<String> labels = new HashSet<>();
        header.stream().filter(label -> !labels.add(label))
                .forEach(label -> problems.add("line 1: duplicate column '" + label + "'"));
        names.stream().filter(name -> !labels.contains(name))
                .forEach(name -> problems.add("line 1: missing column '" + name + "'"));
        header.stream().filter(label -> !names.contains(label))
                .forEach(label -> problems.add("line 1: extra column '" + label + "'"));
        if (!header.stream().filter(names::contains).distinct().toList()
                .equals(names.stream().filter(labels::contains).toList())) {
            problems.add("line 1: columns not in the schema's order " + names);
        }
        Map<String, Integer> index = new HashMap<>();
        IntStream.range(0, header.size()).forEach(i -> index.putIfAbsent(header.get(i), i));
        List<RowCheck> rowChecks = schema.customChecks().stream()
                .flatMap(custom -> custom.forHeader(labels, problems).stream()).toList();
        Map<String, Map<Object, Integer>> seen = new HashMap<>();
        Map<List<Object>, Integer> seenKeys = new HashMap<>();
        boolean checkKey = !schema.primaryKey().isEmpty() && labels.containsAll(schema.primaryKey());

        for (CSVRecord record : records.subList(1, records.size())) {
            int line = Math.toIntExact(record.getRecordNumber());
            List<String> cells = record.toList();
            if (schema.missingValues().containsAll(cells)) {
                problems.add("line " + line + ": blank row");
                continue;
            }
            if (cells.size() != header.size()) {
                problems.add("line " + line + ": " + cells.size() + " cells, the header has " + header.size());
            }
            Map<String, String> present = new HashMap<>();
            Map<String, Object> values = new HashMap<>();
            for (Field field : schema.fields()) {
                int column = index.getOrDefault(field.name(), cells.size());
                if (column >= cells.size()) {
                    continue; // a missing column or a short row: reported above
                }
                String cell = cells.get(column);
                String where = at(line, field.name());
                if (schema.missingValues().contains(cell)) {
                    if (field.required()) {
                        problems.add(where + "a value is required");
                    } else if (checkKey && schema.primaryKey().contains(field.name())) {
                        problems.add(where + "a value is required (primaryKey)");
                    }
                    continue;
                }
                present.put(field.name(), cell);
                Optional<Object> value = value(field, cell);
                if (value.isEmpty()) {
                    problems.add(where + quoted(cell) + " is not " + field.expected());
                    continue;
                }
                values.put(field.name(), value.get());
                constraints(field, cell, value.get(), where, problems);
                if (field.unique()) {
                    Integer first = seen.computeIfAbsent(field.name(), name -> new HashMap<>())
                            .putIfAbsent(key(value.get()), line);
                    Optional.ofNullable(first).ifPresent(
                            earlier -> problems.add(where + quoted(cell) + " repeats line " + earlier + " (unique)"));
                }
            }
            if (checkKey && values.keySet().containsAll(schema.primaryKey())) {
                List<Object> key = schema.primaryKey().stream().map(name -> key(values.get(name))).toList();
                Optional.ofNullable(seenKeys.putIfAbsent(key, line)).ifPresent(earlier -> problems.add(
                        at(line, String.join(", ", schema.primaryKey()))
                                + schema.primaryKey().stream().map(present::get).map(TableSchemaCheck::quoted)
                                        .collect(Collectors.joining(", "))
                                + " repeats line " + earlier + " (primaryKey)"));
            }
            Row row = new Row(line, present, values);
            rowChecks.forEach(rowCheck -> rowCheck.check(row, problems));
        }
        return problems;
    }

    private static void constraints(Field field, String cell, Object value, String where, List<String> problems) {
        field.pattern().filter(pattern -> !pattern.matcher(cell).matches()).ifPresent(pattern ->
                problems.add(where + quoted(cell) + " does not match pattern " + pattern.pattern()));
        field.enumeration().filter(allowed -> !allowed.contains(cell)).ifPresent(allowed ->
                problems.add(where + quoted(cell) + " is not in enum " + allowed));
        int length = cell.codePointCount(0, cell.length());
        field.minLength().stream().filter(min -> length < min).forEach(min -> problems.add(
                where + quoted(cell) + " has length " + length + ", below minLength " + min));
        field.maxLength().stream().filter(max -> length > max).forEach(max -> problems.add(
                where + quoted(cell) + " has length " + length + ", above maxLength " + max));
        field.minimum().ifPresent(min -> {
            OptionalInt order = order(value, min);
            if (order.isEmpty() || order.getAsInt() < 0) {
                problems.add(where + cell + (order.isEmpty() ? " cannot be compared with" : " is below")
                        + " minimum " + shown(min));
            }
        });
        field.maximum().ifPresent(max -> {
            OptionalInt order = order(value, max);
            if (order.isEmpty() || order.getAsInt() > 0) {
                problems.add(where + cell + (order.isEmpty() ? " cannot be compared with" : " is above")
                        + " maximum " + shown(max));
            }
        });
    }

    /** The cell's value for its field's type, or empty when the cell is not of that type. */
    private static Optional<Object> value(Field field, String cell) {
        return switch (field.type()) {
            case STRING -> !field.uri() || absoluteUri(cell) ? Optional.of(cell) : Optional.empty();
            case INTEGER -> INTEGER.matcher(cell).matches() ? Optional.of(new BigDecimal(cell)) : Optional.empty();
            case NUMBER -> number(cell);
            case DATE -> date(cell);
            case BOOLEAN -> field.trueValues().contains(cell) ? Optional.of(Boolean.TRUE)
                    : field.falseValues().contains(cell) ? Optional.of(Boolean.FALSE) : Optional.empty();
        };
    }

    private static Optional<Object> number(String cell) {
        if (NUMBER_SPECIAL.matcher(cell).matches()) {
            String lower = cell.toLowerCase(Locale.ROOT);
            return Optional.of(lower.equals("nan") ? Double.NaN
                    : lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        try {
            return NUMBER.matcher(cell).matches() ? Optional.of(new BigDecimal(cell)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty(); // an exponent beyond BigDecimal's range
        }
    }

    private static Optional<Object> date(String cell) {
        try {
            return DATE.matcher(cell).matches() ? Optional.of(LocalDate.parse(cell)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty(); // well formed but no such day, e.g. 2024-02-30
        }
    }

    private static boolean absoluteUri(String cell) {
        try {
            return new URI(cell).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** How two typed values compare; empty when they do not (NaN, or values of different kinds). */
    private static OptionalInt order(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return OptionalInt.of(x.compareTo(y));
        }
        if (a instanceof LocalDate x && b instanceof LocalDate y) {
            return OptionalInt.of(x.compareTo(y));
        }
        if (a instanceof Number x && b instanceof Number y
                && !Double.isNaN(x.doubleValue()) && !Double.isNaN(y.doubleValue())) {
            return OptionalInt.of(Double.compare(x.doubleValue(), y.doubleValue()));
        }
        return OptionalInt.empty();
    }

    /** A value as uniqueness compares it: numbers by value, whatever their scale. */
    private static Object key(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros() : value;
    }

    private static String shown(Object bound) {
        return bound instanceof BigDecimal number ? number.toPlainString() : bound.toString();
    }

    private static String at(int line, String columns) {
        return "line " + line + ", " + columns + ": ";
    }

    private static String quoted(String cell) {
        return "'" + cell + "'";
    }

    // ---- Reading the schema: every key is either checked or known to be documentation.

    private static Schema read(Path schemaJson) throws IOException {
        JsonNode root = JSON.readTree(schemaJson.toFile());
        keys(root, "", SCHEMA_KEYS);
        if (root.has("$schema") && !TABLE_SCHEMA_V1.equals(text(root.get("$schema"), "/$schema"))) {
            throw unsupported("/$schema", "is not " + TABLE_SCHEMA_V1);
        }
        JsonNode fieldNodes = array(required(root, "fields", ""), "/fields");
        Map<String, Field> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldNodes.size(); i++) {
            Field field = field(fieldNodes.get(i), "/fields/" + i);
            if (fields.put(field.name(), field) != null) {
                throw unsupported("/fields/" + i + "/name", "repeats " + field.name());
            }
        }
        List<String> missingValues = root.has("missingValues")
                ? texts(root.get("missingValues"), "/missingValues") : List.of("");
        List<String> primaryKey = !root.has("primaryKey") ? List.of()
                : root.get("primaryKey").isTextual() ? List.of(root.get("primaryKey").textValue())
                : texts(root.get("primaryKey"), "/primaryKey");
        primaryKey.forEach(name -> column(name, "/primaryKey", fields));
        List<CustomCheck> customChecks = new ArrayList<>();
        JsonNode checks = root.has("custom_checks") ? array(root.get("custom_checks"), "/custom_checks")
                : JSON.createArrayNode();
        for (int i = 0; i < checks.size(); i++) {
            customChecks.add(custom(checks.get(i), "/custom_checks/" + i, fields));
        }
        return new Schema(List.copyOf(fields.values()), missingValues, primaryKey, customChecks);
    }

    private static Field field(JsonNode node, String at) {
        keys(node, at, FIELD_KEYS);
        String name = text(required(node, "name", at), at + "/name");
        String typeName = node.has("type") ? text(node.get("type"), at + "/type") : "string";
        Type type = switch (typeName) {
            case "string" -> Type.STRING;
            case "number" -> Type.NUMBER;
            case "integer" -> Type.INTEGER;
            case "date" -> Type.DATE;
            case "boolean" -> Type.BOOLEAN;
            default -> throw unsupported(at + "/type", "'" + typeName + "' is a type this check does not handle");
        };
        String format = node.has("format") ? text(node.get("format"), at + "/format") : "default";
        boolean uri = type == Type.STRING && format.equals("uri");
        if (!uri && !format.equals("default")) {
            throw unsupported(at + "/format", "'" + format + "' for a " + typeName + " is not handled");
        }
        if (type != Type.BOOLEAN && (node.has("trueValues") || node.has("falseValues"))) {
            throw unsupported(at, "has trueValues or falseValues but is no boolean");
        }
        List<String> trueValues = node.has("trueValues") ? texts(node.get("trueValues"), at + "/trueValues")
                : List.of("true", "True", "TRUE", "1");
        List<String> falseValues = node.has("falseValues") ? texts(node.get("falseValues"), at + "/falseValues")
                : List.of("false", "False", "FALSE", "0");
        JsonNode constraints = node.path("constraints");
        String c = at + "/constraints";
        if (node.has("constraints")) {
            keys(constraints, c, CONSTRAINT_KEYS);
        }
        for (String stringOnly : List.of("pattern", "enum", "minLength", "maxLength")) {
            if (constraints.has(stringOnly) && (type != Type.STRING || uri)) {
                throw unsupported(c + "/" + stringOnly, "is handled on plain strings only");
            }
        }
        for (String bound : List.of("minimum", "maximum")) {
            if (constraints.has(bound) && !List.of(Type.NUMBER, Type.INTEGER, Type.DATE).contains(type)) {
                throw unsupported(c + "/" + bound, "is handled on numbers, integers and dates only");
            }
        }
        Optional<Pattern> pattern = Optional.empty();
        if (constraints.has("pattern")) {
            String regex = text(constraints.get("pattern"), c + "/pattern");
            try {
                pattern = Optional.of(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS));
            } catch (PatternSyntaxException e) {
                throw unsupported(c + "/pattern", "is no Java regular expression: " + e.getDescription());
            }
        }
        return new Field(name, type, uri, trueValues, falseValues,
                flag(constraints, "required", c), flag(constraints, "unique", c), pattern,
                constraints.has("enum") ? Optional.of(texts(constraints.get("enum"), c + "/enum")) : Optional.empty(),
                bound(constraints, "minimum", type, c), bound(constraints, "maximum", type, c),
                length(constraints, "minLength", c), length(constraints, "maxLength", c));
    }

    private static boolean flag(JsonNode constraints, String key, String at) {
        JsonNode node = constraints.path(key);
        if (!node.isMissingNode() && !node.isBoolean()) {
            throw unsupported(at + "/" + key, "is not a boolean");
        }
        return node.asBoolean(false);
    }

    private static OptionalInt length(JsonNode constraints, String key, String at) {
        JsonNode node = constraints.path(key);
        if (node.isMissingNode()) {
            return OptionalInt.empty();
        }
        if (!node.canConvertToExactIntegral() || node.asInt() < 0) {
            throw unsupported(at + "/" + key, "is not a non-negative integer");
        }
        return OptionalInt.of(node.asInt());
    }

    private static Optional<Object> bound(JsonNode constraints, String key, Type type, String at) {
        JsonNode node = constraints.path(key);
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        Optional<Object> value = type == Type.DATE ? date(text(node, at + "/" + key))
                : node.isNumber() ? Optional.of(node.decimalValue()) : Optional.empty();
        return Optional.of(value.orElseThrow(() -> unsupported(at + "/" + key, "is not of the field's type")));
    }

    private static CustomCheck custom(JsonNode node, String at, Map<String, Field> fields) {
        keys(node, at, Set.of("name", "params"));
        String name = text(required(node, "name", at), at + "/name");
        JsonNode params = required(node, "params", at);
        String p = at + "/params";
        switch (name) {
            case "french-siret-value" -> {
                keys(params, p, Set.of("column"));
                return single(column(params, "column", p, fields), name, TableSchemaCheck::notSiret);
            }
            case "nomenclature-actes-value" -> {
                keys(params, p, Set.of("column"));
                return single(column(params, "column", p, fields), name, TableSchemaCheck::notActes);
            }
            case "year-interval-value" -> {
                keys(params, p, Set.of("column", "allow-year-only"));
                String allow = params.has("allow-year-only") ? text(params.get("allow-year-only"), p) : "no";
                if (!List.of("yes", "true", "no", "false").contains(allow)) {
                    throw unsupported(p + "/allow-year-only", "is neither yes, true, no nor false");
                }
                boolean yearOnly = allow.equals("yes") || allow.equals("true");
                return single(column(params, "column", p, fields), name, cell -> notYears(cell, yearOnly));
            }
            case "one-of-required" -> {
                keys(params, p, Set.of("column1", "column2"));
                return oneOf(column(params, "column1", p, fields), column(params, "column2", p, fields));
            }
            case "cohesive-columns-value" -> {
                keys(params, p, Set.of("column", "othercolumns"));
                List<String> columns = new ArrayList<>(List.of(column(params, "column", p, fields)));
                texts(required(params, "othercolumns", p), p + "/othercolumns")
                        .forEach(other -> columns.add(column(other, p + "/othercolumns", fields)));
                return cohesive(columns);
            }
            case "compare-columns-value" -> {
                keys(params, p, Set.of("column", "op", "column2"));
                String first = column(params, "column", p, fields);
                String second = column(params, "column2", p, fields);
                String op = text(required(params, "op", p), p + "/op");
                if (!OPERATORS.containsKey(op)) {
                    throw unsupported(p + "/op", "'" + op + "' is not one of " + OPERATORS.keySet());
                }
                Set<Type> types = EnumSet.of(fields.get(first).type(), fields.get(second).type());
                if (!Set.of(Type.NUMBER, Type.INTEGER).containsAll(types) && !types.equals(Set.of(Type.DATE))) {
                    throw unsupported(p, "compares columns that are not both numbers or both dates");
                }
                return compare(first, op, second);
            }
            case "sum-columns-value" -> {
                keys(params, p, Set.of("column", "columns"));
                String total = column(params, "column", p, fields);
                List<String> terms = texts(required(params, "columns", p), p + "/columns").stream()
                        .map(term -> column(term, p + "/columns", fields)).toList();
                if (Stream.concat(Stream.of(total), terms.stream())
                        .anyMatch(column -> fields.get(column).type() != Type.INTEGER)) {
                    throw unsupported(p, "sums columns that are not all integers");
                }
                return sum(total, terms);
            }
            default -> throw unsupported(at + "/name", "'" + name + "' is a custom check this check does not handle");
        }
    }

    // ---- Validata's custom checks.

    /** A check of one column's non-missing cells, skipped when the column is absent (as Validata does). */
    private static CustomCheck single(String column, String check, Function<String, Optional<String>> why) {
        RowCheck rowCheck = (row, problems) -> Optional.ofNullable(row.cells().get(column)).ifPresent(cell ->
                why.apply(cell).ifPresent(reason ->
                        problems.add(at(row.line(), column) + quoted(cell) + " " + reason + " (" + check + ")")));
        return (columns, problems) -> columns.contains(column) ? Optional.of(rowCheck) : Optional.empty();
    }

    /** Why a cell is no SIRET, as python-stdnum (which Validata calls) decides. */
    private static Optional<String> notSiret(String cell) {
        String digits = cell.replace(" ", "").replace(".", "").strip(); // stdnum's compact form
        if (!digits.matches("[0-9]{14}")) {
            return Optional.of("is not a SIRET: not 14 digits");
        }
        // La Poste's establishments share one SIREN: their SIRET has a digit sum divisible by 5 instead.
        boolean valid = digits.startsWith("356000000") && !digits.equals("35600000000048")
                ? digits.chars().map(digit -> digit - '0').sum() % 5 == 0
                : luhn(digits) && luhn(digits.substring(0, 9));
        return valid ? Optional.empty() : Optional.of("is not a SIRET: wrong check digit");
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit : digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        }
        return sum % 10 == 0;
    }

    private static Optional<String> notYears(String cell, boolean yearOnly) {
        Matcher years = YEARS.matcher(cell);
        if (!years.matches()) {
            return yearOnly && cell.matches("[0-9]{4}") ? Optional.empty()
                    : Optional.of(yearOnly ? "is neither a year YYYY nor an interval YYYY/YYYY"
                            : "is not an interval YYYY/YYYY");
        }
        return Integer.parseInt(years.group(1)) < Integer.parseInt(years.group(2)) ? Optional.empty()
                : Optional.of("does not end after it starts");
    }

    /** Why a cell is no ACTES subject name: Validata's rule, case and accents ignored. */
    private static Optional<String> notActes(String cell) {
        int slash = cell.indexOf('/');
        if (slash < 0) {
            return Optional.of("has no '/' after an ACTES subject");
        }
        String subject = cell.substring(0, slash);
        if (ACTES_SUBJECTS.contains(folded(subject)) && !cell.contains("/ ")) {
            return Optional.empty();
        }
        return ACTES_SUBJECTS.contains(folded(subject.stripTrailing())) || cell.contains("/ ")
                ? Optional.of("has a space beside '/'") : Optional.of("does not start with an ACTES subject");
    }

    private static String folded(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
    }

    private static CustomCheck oneOf(String first, String second) {
        String both = first + ", " + second;
        return (columns, problems) -> {
            if (!columns.contains(first) && !columns.contains(second)) {
                problems.add("line 1, " + both + ": neither column is present (one-of-required)");
                return Optional.empty();
            }
            return Optional.of((row, rowProblems) -> {
                if (!row.cells().containsKey(first) && !row.cells().containsKey(second)) {
                    rowProblems.add(at(row.line(), both) + "one of them needs a value (one-of-required)");
                }
            });
        };
    }

    private static CustomCheck cohesive(List<String> group) {
        String all = String.join(", ", group);
        return (columns, problems) -> {
            long present = group.stream().filter(columns::contains).count();
            if (present > 0 && present < group.size()) {
                problems.add("line 1, " + all + ": all or none of these columns must be present"
                        + " (cohesive-columns-value)");
            }
            return present < group.size() ? Optional.empty() : Optional.of((row, rowProblems) -> {
                long valued = group.stream().filter(row.cells()::containsKey).count();
                if (valued > 0 && valued < group.size()) {
                    rowProblems.add(at(row.line(), all) + "all or none need a value (cohesive-columns-value)");
                }
            });
        };
    }

    private static CustomCheck compare(String first, String op, String second) {
        RowCheck rowCheck = (row, problems) -> {
            if (row.values().containsKey(first) && row.values().containsKey(second)) {
                OptionalInt order = order(row.values().get(first), row.values().get(second));
                if (order.isEmpty() || !OPERATORS.get(op).test(order.getAsInt())) {
                    problems.add(at(row.line(), first) + quoted(row.cells().get(first)) + " is not " + op + " "
                            + second + " " + quoted(row.cells().get(second)) + " (compare-columns-value)");
                }
            }
        };
        return (columns, problems) -> columns.contains(first) && columns.contains(second)
                ? Optional.of(rowCheck) : Optional.empty();
    }

    private static CustomCheck sum(String total, List<String> terms) {
        RowCheck rowCheck = (row, problems) -> {
            if (row.values().containsKey(total) && row.values().keySet().containsAll(terms)) {
                BigDecimal sum = terms.stream().map(term -> (BigDecimal) row.values().get(term))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo((BigDecimal) row.values().get(total)) != 0) {
                    problems.add(at(row.line(), total) + quoted(row.cells().get(total)) + " is not "
                            + String.join(" + ", terms) + " = " + sum.toPlainString() + " (sum-columns-value)");
                }
            }
        };
        return (columns, problems) -> columns.contains(total) && columns.containsAll(terms)
                ? Optional.of(rowCheck) : Optional.empty();
    }

    // ---- JSON helpers: each names the pointer of what it refuses.

    private static void keys(JsonNode node, String at, Set<String> known) {
        if (!node.isObject()) {
            throw unsupported(at, "is not an object");
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                throw unsupported(at + "/" + key, "is a keyword this check does not handle");
            }
        });
    }

    private static JsonNode required(JsonNode node, String key, String at) {
        return Optional.ofNullable(node.get(key)).orElseThrow(() -> unsupported(at + "/" + key, "is missing"));
    }

    private static String text(JsonNode node, String at) {
        if (!node.isTextual()) {
            throw unsupported(at, "is not a string");
        }
        return node.textValue();
    }

    private static List<String> texts(JsonNode node, String at) {
        return IntStream.range(0, array(node, at).size()).mapToObj(i -> text(node.get(i), at + "/" + i)).toList();
    }

    private static JsonNode array(JsonNode node, String at) {
        if (!node.isArray()) {
            throw unsupported(at, "is not an array");
        }
        return node;
    }

    private static String column(JsonNode params, String key, String at, Map<String, Field> fields) {
        return column(text(required(params, key, at), at + "/" + key), at + "/" + key, fields);
    }

    private static String column(String name, String at, Map<String, Field> fields) {
        if (!fields.containsKey(name)) {
            throw unsupported(at, "names " + name + ", which is no field");
        }
        return name;
    }

    private static IllegalArgumentException unsupported(String pointer, String why) {
        return new IllegalArgumentException("Table Schema " + (pointer.isEmpty() ? "/" : pointer) + " " + why);
    }
}
