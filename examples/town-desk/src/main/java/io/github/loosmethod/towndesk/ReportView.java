package io.github.loosmethod.towndesk;

import io.github.loosmethod.JsonPointers;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A validation or readiness report as the desk sends it: every violation with its rule, where it
 * is and what it says, in the reader's language.
 *
 * @param valid whether no violation of severity error was found
 * @param catalogueVersion the version of the rule catalogue the report was made with
 * @param violations the violations, in the library's order, never null
 */
public record ReportView(boolean valid, int catalogueVersion, List<ViolationView> violations) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if {@code violations} is null
     */
    public ReportView {
        violations = List.copyOf(violations);
    }

    /**
     * Makes the view of a report.
     *
     * @param report the report, not null
     * @param locale the reader's locale, not null
     * @return the view, never null
     */
    public static ReportView of(ValidationReport report, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new ReportView(report.isValid(), report.catalogueVersion(),
                report.violations().stream().map(v -> ViolationView.of(v, locale)).toList());
    }

    /**
     * One violation of a rule of the method.
     *
     * @param ruleId the rule's stable id, such as {@code R5} or {@code L1}, not null
     * @param rule the rule's title in the reader's language, not null
     * @param severity {@code error} or {@code warning}…, not null
     * @param pointer a JSON Pointer into the initiative's document, {@code ""} for the whole, not null
     * @param message what is wrong or missing, in the reader's language, not null
     */
    public record ViolationView(String ruleId, String rule, String severity, String pointer, String message) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         */
        public ViolationView {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(message, "message");
        }

        static ViolationView of(Violation violation, Locale locale) {
            return new ViolationView(violation.ruleId(), violation.rule().title(locale), Codes.code(violation.severity()),
                    JsonPointers.of(violation.path()), violation.message(locale));
        }
    }
}
