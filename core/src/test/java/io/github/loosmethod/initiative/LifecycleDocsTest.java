package io.github.loosmethod.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.validation.Rule;
import io.github.loosmethod.validation.RuleScope;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The lifecycles of {@code docs/method-model.md} — each kind's steps as a table and as a Mermaid
 * diagram, with the keys a reader needs — and the generated columns of its rule catalogue (the
 * source of each rule, the kinds it applies to) follow the data: {@link Lifecycle#all()},
 * {@link Lifecycle#rules()}, the guards of each {@link Lifecycle.Step}, {@link Rule#source()}. The
 * generated text sits between markers in the page; a drift fails here, and running this test with
 * {@code -Dloos.regenerate=true} rewrites it. The hand-written cells of the catalogue (what a rule
 * says, when it applies, where it is checked) are kept as written; its rows must list every rule of
 * the catalogue, once, in catalogue order.
 */
class LifecycleDocsTest {

    private static final Path DOCS = Path.of("..", "docs", "method-model.md");
    private static final String LIFECYCLES_BEGIN = "<!-- lifecycles: generated from Lifecycle.all(); see LifecycleDocsTest -->";
    private static final String LIFECYCLES_END = "<!-- end of the lifecycles -->";
    private static final String CATALOGUE_BEGIN =
            "<!-- rule catalogue: the source and kinds columns are generated from Rule and Lifecycle; see LifecycleDocsTest -->";
    private static final String CATALOGUE_END = "<!-- end of the rule catalogue -->";
    private static final List<String> CATALOGUE_HEADER = List.of("id", "rule", "source", "kinds", "applies", "checked");
    private static final int SOURCE = 2;
    private static final int KINDS = 3;
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale FR = Locale.FRENCH;

    /** What each party of a step means, as the key of the tables says it; every party must be here. */
    private static final Map<Lifecycle.Party, String> PARTIES = parties();

    /** The page is read and rewritten by more than one test. */
    private static final Object PAGE = new Object();

    private static Map<Lifecycle.Party, String> parties() {
        Map<Lifecycle.Party, String> parties = new EnumMap<>(Lifecycle.Party.class);
        parties.put(Lifecycle.Party.APPLICANTS, "one of the initiative's applicants (*porteurs*)");
        parties.put(Lifecycle.Party.TOWN, "an actor of the town: elected official or body, municipality, municipal service");
        parties.put(Lifecycle.Party.APPLICANTS_OR_TOWN, "an applicant or an actor of the town");
        parties.put(Lifecycle.Party.DECIDER, "whoever the decision names; the kind's rules say who may decide (R3, R10, M6, M7)");
        parties.put(Lifecycle.Party.SIGNER, "whoever signs; M4 says who may sign for each side");
        return parties;
    }

    @Test
    void the_lifecycles_of_the_documentation_are_those_of_the_data() throws IOException {
        String generated = "\n" + lifecycles();
        String written = section(LIFECYCLES_BEGIN, LIFECYCLES_END, text -> generated);

        assertThat(written).as("the lifecycles of " + DOCS + "; rewrite them with -Dloos.regenerate=true").isEqualTo(generated);
    }

    @Test
    void the_rule_catalogue_lists_every_rule_in_order_with_the_source_and_kinds_of_the_data() throws IOException {
        String written = section(CATALOGUE_BEGIN, CATALOGUE_END, LifecycleDocsTest::catalogue);

        List<List<String>> rows = rows(written);
        assertThat(rows.get(0)).as("the header of the rule catalogue").isEqualTo(CATALOGUE_HEADER);
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(0)).collect(Collectors.toList()))
                .as("the ids of the rule catalogue, one row per rule in catalogue order")
                .isEqualTo(Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toList()));
        assertThat(written).as("the generated columns of the rule catalogue of " + DOCS + "; rewrite them with -Dloos.regenerate=true")
                .isEqualTo(catalogue(written));
    }

    @Test
    void every_transition_is_an_operation_of_the_initiative_as_the_key_names_it() {
        for (Transition transition : Transition.values()) {
            Method method = Arrays.stream(Initiative.class.getMethods()).filter(m -> m.getName().equals(operation(transition)))
                    .findFirst().orElse(null);
            assertThat(method).as("Initiative." + operation(transition) + " for " + transition).isNotNull();
            assertThat(Modifier.isPublic(method.getModifiers()) && method.getReturnType() == Initiative.class)
                    .as("Initiative." + operation(transition) + " returns the initiative after the step").isTrue();
        }
        assertThat(PARTIES.keySet()).as("the key of who may make a step").containsExactly(Lifecycle.Party.values());
    }

    /**
     * Returns what the page holds between two markers, after rewriting it with what {@code generate}
     * makes of it when asked to regenerate.
     */
    private static String section(String begin, String end, Function<String, String> generate) throws IOException {
        synchronized (PAGE) {
            String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
            int from = docs.indexOf(begin);
            int to = docs.indexOf(end);
            assertThat(from).as("the marker " + begin + " in " + DOCS).isNotNegative();
            assertThat(to).as("the marker " + end + " after " + begin).isGreaterThan(from);
            String written = docs.substring(from + begin.length(), to);
            if (Boolean.getBoolean("loos.regenerate")) {
                String generated = generate.apply(written);
                if (!generated.equals(written)) {
                    Files.writeString(DOCS, docs.substring(0, from + begin.length()) + generated + docs.substring(to),
                            StandardCharsets.UTF_8);
                    written = generated;
                }
            }
            return written;
        }
    }

    // ---------------------------------------------------------------- lifecycles

    /** The keys, then one table and one diagram per kind, in the order of {@link InitiativeKind}. */
    static String lifecycles() {
        StringBuilder out = new StringBuilder();
        out.append("#### Statuses\n\n| status | English | French | terminal | kinds |\n|---|---|---|---|---|\n");
        for (InitiativeStatus status : InitiativeStatus.values()) {
            Set<InitiativeKind> kinds = EnumSet.noneOf(InitiativeKind.class);
            Lifecycle.all().stream().filter(l -> l.statuses().contains(status)).forEach(l -> kinds.add(l.kind()));
            out.append(row(code(status), status.label(EN), "*" + status.label(FR) + "*", status.isTerminal() ? "yes" : "no",
                    kinds(kinds)));
        }
        out.append("\n#### Transitions\n\n| transition | English | French | operation | kinds |\n|---|---|---|---|---|\n");
        for (Transition transition : Transition.values()) {
            Set<InitiativeKind> kinds = EnumSet.noneOf(InitiativeKind.class);
            Lifecycle.all().stream().filter(l -> !l.steps(transition).isEmpty()).forEach(l -> kinds.add(l.kind()));
            out.append(row(code(transition), transition.label(EN), "*" + transition.label(FR) + "*",
                    "`" + operation(transition) + "`", kinds(kinds)));
        }
        out.append("\n#### Who may make a step (L2)\n\n| who may | meaning |\n|---|---|\n");
        for (Lifecycle.Party party : Lifecycle.Party.values()) {
            out.append(row(party(party), PARTIES.get(party)));
        }
        out.append("\n#### Guards\n\n| guard | English | French |\n|---|---|---|\n");
        for (Rule guard : Rule.ofScope(RuleScope.LIFECYCLE)) {
            out.append(row(guard.id(), guard.title(EN), "*" + guard.title(FR) + "*"));
        }
        for (Lifecycle lifecycle : Lifecycle.all()) {
            InitiativeKind kind = lifecycle.kind();
            String english = kind.label(EN);
            out.append("\n### ").append(Character.toUpperCase(english.charAt(0))).append(english.substring(1));
            if (!kind.label(FR).equals(english)) {
                out.append(" — *").append(kind.label(FR)).append('*');
            }
            out.append(" (").append(code(kind)).append(")\n\n");
            String in = lifecycle.conventionStatuses().stream().map(LifecycleDocsTest::code).collect(Collectors.joining(", "));
            if (lifecycle.conventionStatuses().isEmpty()) {
                out.append("No convention.");
            } else if (lifecycle.steps(Transition.SIGN).stream().anyMatch(step -> step.to() == InitiativeStatus.AGREED)) {
                out.append("A convention is drafted in ").append(in)
                        .append("; the signature that completes both sides makes the initiative `AGREED`.");
            } else {
                out.append("An agreement may be drafted and signed in ").append(in).append("; signing it never changes the status.");
            }
            out.append(" Rules of the kind: ").append(ids(lifecycle.rules())).append(".\n\n");
            out.append("| from | transition | to | who may | guards | rules checked |\n|---|---|---|---|---|---|\n");
            for (Lifecycle.Step step : lifecycle.steps()) {
                String rules = step.rules().isEmpty() ? "—"
                        : step.rules().equals(lifecycle.rules()) ? "every rule of the kind" : ids(step.rules());
                out.append(row(code(step.from()), code(step.transition()), code(step.to()), party(step.party()), ids(step.guards()),
                        rules));
            }
            out.append("\n```mermaid\n").append(lifecycle.toMermaid()).append("```\n");
        }
        return out.toString();
    }

    /** The operation of {@link Initiative} that makes a transition: its name in lower camel case. */
    static String operation(Transition transition) {
        StringBuilder name = new StringBuilder();
        for (String word : transition.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    private static String party(Lifecycle.Party party) {
        return party.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String code(Enum<?> constant) {
        return "`" + constant.name() + "`";
    }

    private static String ids(Set<Rule> rules) {
        return rules.isEmpty() ? "—" : rules.stream().map(Rule::id).collect(Collectors.joining(" "));
    }

    /** The kinds of a set, by their English labels, or "every kind". */
    private static String kinds(Set<InitiativeKind> kinds) {
        if (kinds.isEmpty()) {
            return "—";
        }
        if (kinds.size() == InitiativeKind.values().length) {
            return "every kind";
        }
        return kinds.stream().map(kind -> kind.label(EN)).collect(Collectors.joining(", "));
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    // ---------------------------------------------------------------- rule catalogue

    /**
     * The catalogue as written, with its generated columns set from the data: the source of each
     * rule, and the kinds of initiative it applies to (the kinds whose {@link Lifecycle#rules()}
     * hold it, or whose steps check it as a guard).
     */
    static String catalogue(String written) {
        List<List<String>> rows = rows(written);
        StringBuilder out = new StringBuilder("\n");
        out.append(row(CATALOGUE_HEADER.toArray(new String[0])));
        out.append(row(CATALOGUE_HEADER.stream().map(h -> "---").toArray(String[]::new)));
        for (List<String> cells : rows.subList(1, rows.size())) {
            List<String> row = new ArrayList<>(cells);
            Rule.byId(row.get(0)).ifPresent(rule -> {
                row.set(SOURCE, rule.source().equals("model") ? "[model]" : rule.source());
                row.set(KINDS, kinds(kindsOf(rule)));
            });
            out.append(row(row.toArray(new String[0])));
        }
        return out.toString();
    }

    /** The kinds a rule applies to: it is one of their rules, or a guard of one of their steps. */
    static Set<InitiativeKind> kindsOf(Rule rule) {
        Set<InitiativeKind> kinds = EnumSet.noneOf(InitiativeKind.class);
        for (Lifecycle lifecycle : Lifecycle.all()) {
            if (lifecycle.rules().contains(rule) || lifecycle.steps().stream().anyMatch(step -> step.guards().contains(rule))) {
                kinds.add(lifecycle.kind());
            }
        }
        return kinds;
    }

    /** The cells of each row of a Markdown table, the separator left out; a row of another width fails. */
    private static List<List<String>> rows(String table) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            assertThat(line).as("a row of the rule catalogue").startsWith("| ").endsWith(" |");
            List<String> cells = Arrays.stream(line.substring(2, line.length() - 2).split(" \\| ", -1)).map(String::strip)
                    .collect(Collectors.toList());
            assertThat(cells).as("the cells of " + line).hasSameSizeAs(CATALOGUE_HEADER);
            if (!cells.stream().allMatch(cell -> cell.matches("-+"))) {
                rows.add(cells);
            }
        }
        return rows;
    }
}
