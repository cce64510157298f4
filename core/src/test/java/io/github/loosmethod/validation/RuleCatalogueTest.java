package io.github.loosmethod.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.Lifecycle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    @Test
    void the_catalogue_lists_the_rules_of_the_brief_that_concern_the_core_concepts() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::id).filter(id -> id.startsWith("R")).collect(Collectors.toList()))
                .containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12", "R13", "R14",
                        "R15", "R16");
    }

    /** One line of the catalogue as the brief states it: the rule's id, how serious, where enforced, its sources. */
    private record Entry(String id, Severity severity, RuleScope scope, String source) {
    }

    private static Entry entry(String id, Severity severity, RuleScope scope, String source) {
        return new Entry(id, severity, scope, source);
    }

    /**
     * The catalogue, written from the domain brief: R1–R16 of §6 with the sources in brackets there
     * ("model" where it gives none), R9 a promise of the library that no record can break, R13 and
     * R16 about evaluations; the model's own M1–M5 (M3, a due date outside the convention's period,
     * only a warning), M6–M9 for the other kinds' decisions and records, P1–P2 comparing participation
     * with the plan (warnings), E1–E6 for evaluations, and L1–L8, the guards of the lifecycle of §3.
     */
    private static final List<Entry> CATALOGUE = List.of(
            entry("R1", Severity.ERROR, RuleScope.INITIATIVE, "VP-FF, MDF"),
            entry("R2", Severity.ERROR, RuleScope.INITIATIVE, "VP-FF, LIB"),
            entry("R3", Severity.ERROR, RuleScope.INITIATIVE, "MDF, CDC"),
            entry("R4", Severity.ERROR, RuleScope.INITIATIVE, "LIB"),
            entry("R5", Severity.ERROR, RuleScope.INITIATIVE, "VP-FF, MDF"),
            entry("R6", Severity.ERROR, RuleScope.INITIATIVE, "VP-FF, LIB"),
            entry("R7", Severity.ERROR, RuleScope.INITIATIVE, "MDF, VP-FF"),
            entry("R8", Severity.ERROR, RuleScope.INITIATIVE, "MDF"),
            entry("R9", Severity.ERROR, RuleScope.GUARANTEE, "model"),
            entry("R10", Severity.ERROR, RuleScope.INITIATIVE, "CDC"),
            entry("R11", Severity.ERROR, RuleScope.INITIATIVE, "model"),
            entry("R12", Severity.ERROR, RuleScope.INITIATIVE, "MDF"),
            entry("R13", Severity.ERROR, RuleScope.EVALUATION, "BEG"),
            entry("R14", Severity.ERROR, RuleScope.INITIATIVE, "model"),
            entry("R15", Severity.ERROR, RuleScope.INITIATIVE, "COLIB, IG"),
            entry("R16", Severity.ERROR, RuleScope.EVALUATION, "CERDD-EVAL"),
            entry("M1", Severity.ERROR, RuleScope.INITIATIVE, "model"),
            entry("M2", Severity.ERROR, RuleScope.INITIATIVE, "model"),
            entry("M3", Severity.WARNING, RuleScope.INITIATIVE, "model"),
            entry("M4", Severity.ERROR, RuleScope.INITIATIVE, "model"),
            entry("M5", Severity.ERROR, RuleScope.INITIATIVE, "model"),
            entry("M6", Severity.ERROR, RuleScope.INITIATIVE, "model"),
            entry("M7", Severity.ERROR, RuleScope.INITIATIVE, "model"),
            entry("M8", Severity.ERROR, RuleScope.INITIATIVE, "model"),
            entry("M9", Severity.ERROR, RuleScope.INITIATIVE, "model"),
            entry("M10", Severity.WARNING, RuleScope.INITIATIVE, "model"),
            entry("P1", Severity.WARNING, RuleScope.INITIATIVE, "COLIB, IG"),
            entry("P2", Severity.WARNING, RuleScope.INITIATIVE, "COLIB, IG"),
            entry("P3", Severity.ERROR, RuleScope.INITIATIVE, "COLIB, IG"),
            entry("E1", Severity.ERROR, RuleScope.EVALUATION, "model"),
            entry("E2", Severity.ERROR, RuleScope.EVALUATION, "model"),
            entry("E3", Severity.ERROR, RuleScope.EVALUATION, "model"),
            // The IAP2 promise of each level, named in §5 of the brief among the frameworks towns use.
            entry("E4", Severity.ERROR, RuleScope.EVALUATION, "IAP2"),
            entry("E5", Severity.ERROR, RuleScope.EVALUATION, "model"),
            entry("E6", Severity.ERROR, RuleScope.EVALUATION, "model"),
            entry("L1", Severity.ERROR, RuleScope.LIFECYCLE, "model"),
            entry("L2", Severity.ERROR, RuleScope.LIFECYCLE, "model"),
            entry("L3", Severity.ERROR, RuleScope.LIFECYCLE, "model"),
            entry("L4", Severity.ERROR, RuleScope.LIFECYCLE, "model"),
            entry("L5", Severity.ERROR, RuleScope.LIFECYCLE, "model"),
            entry("L6", Severity.ERROR, RuleScope.LIFECYCLE, "model"),
            entry("L7", Severity.ERROR, RuleScope.LIFECYCLE, "model"),
            entry("L8", Severity.ERROR, RuleScope.LIFECYCLE, "model"));

    @Test
    void every_rule_has_the_severity_scope_and_source_the_brief_gives_it() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toList()))
                .as("the catalogue, in order").containsExactlyElementsOf(CATALOGUE.stream().map(Entry::id).collect(Collectors.toList()));
        for (Entry entry : CATALOGUE) {
            Rule rule = Rule.valueOf(entry.id());
            assertThat(rule.severity()).as(entry.id()).isEqualTo(entry.severity());
            assertThat(rule.scope()).as(entry.id()).isEqualTo(entry.scope());
            assertThat(rule.source()).as(entry.id()).isEqualTo(entry.source());
        }
    }

    @Test
    void each_scope_lists_exactly_its_rules_in_catalogue_order() {
        for (RuleScope scope : RuleScope.values()) {
            List<String> expected = CATALOGUE.stream().filter(e -> e.scope() == scope).map(Entry::id).collect(Collectors.toList());
            assertThat(Rule.ofScope(scope)).as(scope.name()).extracting(Rule::id).containsExactlyElementsOf(expected);
        }
        // A new set each call: a caller who changes it changes nobody else's.
        Rule.ofScope(RuleScope.LIFECYCLE).clear();
        assertThat(Rule.ofScope(RuleScope.LIFECYCLE)).hasSize(8);
    }

    @Test
    void every_id_finds_its_rule_and_nothing_else_finds_one() {
        for (Entry entry : CATALOGUE) {
            assertThat(Rule.byId(entry.id())).as(entry.id()).hasValueSatisfying(rule -> assertThat(rule.id()).isEqualTo(entry.id()));
        }
        // Ids are exact: a host system that lower-cases, pads or zero-fills an id has a different one.
        for (String unknown : List.of("R17", "R0", "M11", "E7", "L9", "P4", "P0", "r1", "m3", "l1", "e1", " R1", "R1 ", "R01", "", "R", "GUARANTEE")) {
            assertThat(Rule.byId(unknown)).as("\"%s\"", unknown).isEmpty();
        }
    }

    @Test
    void record_rules_are_checked_by_the_validator_and_guards_by_the_lifecycle_only() {
        for (Rule rule : Rule.values()) {
            assertThat(Rule.ofScope(RuleScope.INITIATIVE).contains(rule)).as(rule.id()).isEqualTo(rule.scope() == RuleScope.INITIATIVE);
            assertThat(Rule.ofScope(RuleScope.EVALUATION).contains(rule)).as(rule.id()).isEqualTo(rule.scope() == RuleScope.EVALUATION);
        }
        assertThat(Rule.ofScope(RuleScope.EVALUATION)).extracting(Rule::id)
                .containsExactly("R13", "R16", "E1", "E2", "E3", "E4", "E5", "E6");
        assertThat(Rule.L1.scope()).isEqualTo(RuleScope.LIFECYCLE);
        assertThat(Rule.R9.scope()).isEqualTo(RuleScope.GUARANTEE);
    }

    @Test
    void fifty_fifty_only_rules_are_those_the_brief_states_for_a_fifty_fifty() {
        List<String> fiftyFiftyOnly = Arrays.stream(Rule.values()).filter(rule -> Lifecycle.all().stream()
                .filter(lifecycle -> lifecycle.rules().contains(rule)).map(Lifecycle::kind).collect(Collectors.toList())
                .equals(List.of(InitiativeKind.FIFTY_FIFTY))).map(Rule::id).collect(Collectors.toList());
        assertThat(fiftyFiftyOnly).containsExactly("R1", "R2", "R7");
    }

    @Test
    void every_rule_of_initiatives_applies_to_some_kind_and_the_fifty_fifty_keeps_all_it_had() {
        Set<Rule> applied = EnumSet.noneOf(Rule.class);
        Lifecycle.all().forEach(lifecycle -> applied.addAll(lifecycle.rules()));
        assertThat(applied).containsExactlyInAnyOrderElementsOf(Rule.ofScope(RuleScope.INITIATIVE));
        assertThat(Lifecycle.of(InitiativeKind.FIFTY_FIFTY).rules()).containsAll(EnumSet.of(Rule.R1, Rule.R2, Rule.R3, Rule.R4,
                Rule.R5, Rule.R6, Rule.R7, Rule.R8, Rule.R10, Rule.R11, Rule.R12, Rule.R14, Rule.R15, Rule.M1, Rule.M2, Rule.M3,
                Rule.M4, Rule.M5));
        assertThat(Lifecycle.of(InitiativeKind.CITIZEN_LED).rules()).doesNotContain(Rule.R3, Rule.R10).contains(Rule.M7);
        assertThat(Lifecycle.of(InitiativeKind.CO_CONSTRUCTED_POLICY).rules()).contains(Rule.M6, Rule.P3).doesNotContain(Rule.P2);
    }

    @Test
    void the_rules_of_format_version_2_say_so_and_the_others_are_of_version_1() {
        assertThat(Arrays.stream(Rule.values()).filter(rule -> rule.since() == 2).map(Rule::id).collect(Collectors.toList()))
                .containsExactly("M6", "M7", "M8", "M9", "M10", "P1", "P2", "P3", "E6");
        assertThat(Arrays.stream(Rule.values()).filter(rule -> rule.since() != 2)).allSatisfy(rule -> assertThat(rule.since()).isEqualTo(1));
    }

    @Test
    void a_report_is_valid_without_errors_and_lists_rule_ids_sorted() {
        Violation warning = Violation.of(Rule.M3, "convention.commitments[0].dueDate", "Rule.M3.message", "c", "d", "s", "e");
        Violation error = Violation.of(Rule.R5, "convention.commitments", "Rule.R5.message", "x");

        assertThat(ValidationReport.clean().isValid()).isTrue();
        assertThat(ValidationReport.clean().toString()).isEqualTo("no violation");
        assertThat(ValidationReport.of(java.util.List.of(warning)).isValid()).isTrue();
        ValidationReport both = ValidationReport.of(java.util.List.of(warning, error));
        assertThat(both.isValid()).isFalse();
        assertThat(both.errors()).containsExactly(error);
        assertThat(both.ruleIds()).containsExactly("M3", "R5");
        assertThat(both.of(Rule.R5)).containsExactly(error);
        assertThat(error.toString()).startsWith("R5 ERROR convention.commitments: ");
    }
}
