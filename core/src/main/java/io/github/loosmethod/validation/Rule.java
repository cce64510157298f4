package io.github.loosmethod.validation;

import io.github.loosmethod.Labelled;
import io.github.loosmethod.Language;
import io.github.loosmethod.Vocabulary;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of the rules of the method (<em>catalogue des règles</em>), listable at run time
 * with {@link #values()} so that a host system can show why a record was refused.
 *
 * <p>Ids are stable and never reused: {@code R1}–{@code R16} are the rules of the domain brief
 * (§6); {@code M1}… are rules the model needs for its initiatives to be coherent; {@code P1}… compare
 * the participation that happened with the plan; {@code E1}… the same for evaluations; {@code L1}…
 * are guards of the lifecycle operations. Which kinds of initiative a rule of scope
 * {@link RuleScope#INITIATIVE} applies to is part of each kind's lifecycle
 * ({@code Lifecycle.of(kind).rules()}), since this package knows no initiative. Each rule has a title
 * and a rationale in English and French, a source and a severity. Each rule of scope
 * {@link RuleScope#INITIATIVE} is checked by {@code Initiative.validate()}, each of scope
 * {@link RuleScope#EVALUATION} by {@code Evaluation.validate()}; this package knows the rules,
 * not the records they are about, so that every concept of the method can report against them.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Rule implements Labelled {
    /** A fifty-fifty has at least one applicant who is a resident, a group, an association or a school; never the municipality. */
    R1(Severity.ERROR, RuleScope.INITIATIVE, "VP-FF, MDF"),
    /** A fifty-fifty's purpose says how it improves the living environment and why it serves the general interest. */
    R2(Severity.ERROR, RuleScope.INITIATIVE, "VP-FF, LIB"),
    /** No acceptance without a recorded assessment decided by an elected official or a body of them. */
    R3(Severity.ERROR, RuleScope.INITIATIVE, "MDF, CDC"),
    /** An agreed initiative has a convention signed by the town and by the applicants. */
    R4(Severity.ERROR, RuleScope.INITIATIVE, "LIB"),
    /** The convention of a fifty-fifty holds at least one commitment of each side (reciprocity). */
    R5(Severity.ERROR, RuleScope.INITIATIVE, "VP-FF, MDF"),
    /** In a fifty-fifty the town commits to advice, technical support, funding, supplies or equipment loan. */
    R6(Severity.ERROR, RuleScope.INITIATIVE, "VP-FF, LIB"),
    /** In a fifty-fifty the applicants commit to at least one realisation task and one stewardship task. */
    R7(Severity.ERROR, RuleScope.INITIATIVE, "MDF, VP-FF"),
    /** In a fifty-fifty realisation is done by the applicants or jointly, never by the town alone. */
    R8(Severity.ERROR, RuleScope.INITIATIVE, "MDF"),
    /** No ratio between the sides' contributions is ever required: it is reported, never enforced. */
    R9(Severity.ERROR, RuleScope.GUARANTEE, "model"),
    /** Applicants cannot approve their own request. */
    R10(Severity.ERROR, RuleScope.INITIATIVE, "CDC"),
    /** No work starts before the convention is agreed. */
    R11(Severity.ERROR, RuleScope.INITIATIVE, "model"),
    /** Stewardship commitments stay in force after delivery until the convention's end date. */
    R12(Severity.ERROR, RuleScope.INITIATIVE, "MDF"),
    /** A narrative evaluation session records the categories of people who took part and the lessons drawn. */
    R13(Severity.ERROR, RuleScope.EVALUATION, "BEG"),
    /** A minor may apply or sign only with a responsible adult or institution co-applying or co-signing. */
    R14(Severity.ERROR, RuleScope.INITIATIVE, "model"),
    /** A phase cannot claim co-production or above unless residents hold commitments for it. */
    R15(Severity.ERROR, RuleScope.INITIATIVE, "COLIB, IG"),
    /** An evaluation of a strategy or programme records useful effects and negative externalities. */
    R16(Severity.ERROR, RuleScope.EVALUATION, "CERDD-EVAL"),
    /** The same actor id describes the same actor everywhere in an initiative. */
    M1(Severity.ERROR, RuleScope.INITIATIVE, "model"),
    /** A commitment's responsible actor belongs to the commitment's side. */
    M2(Severity.ERROR, RuleScope.INITIATIVE, "model"),
    /** A commitment's due date falls within the convention's period. */
    M3(Severity.WARNING, RuleScope.INITIATIVE, "model"),
    /** A signer may sign for the side they sign for. */
    M4(Severity.ERROR, RuleScope.INITIATIVE, "model"),
    /** A closed initiative leaves no commitment open other than stewardship. */
    M5(Severity.ERROR, RuleScope.INITIATIVE, "model"),
    /** A co-constructed policy is adopted or repealed by a deliberation of an elected body, with its reference. */
    M6(Severity.ERROR, RuleScope.INITIATIVE, "model", 2),
    /** A citizen-led initiative is decided by the residents' own body, with their vote recorded; the town never decides for them. */
    M7(Severity.ERROR, RuleScope.INITIATIVE, "model", 2),
    /** A decision taken by a council vote has the outcome its counts give. */
    M8(Severity.ERROR, RuleScope.INITIATIVE, "model", 2),
    /** Only a co-constructed policy revises another or has a review date, which follows its adoption. */
    M9(Severity.ERROR, RuleScope.INITIATIVE, "model", 2),
    /** Each step of the history is a step of the lifecycle of the initiative's kind. */
    M10(Severity.WARNING, RuleScope.INITIATIVE, "model", 2),
    /** The activities recorded for a phase reach the level the plan claims for it. */
    P1(Severity.WARNING, RuleScope.INITIATIVE, "COLIB, IG", 2),
    /** A phase claimed at co-production or above awaits applicant commitments from a convention still to come. */
    P2(Severity.WARNING, RuleScope.INITIATIVE, "COLIB, IG", 2),
    /** A phase claimed at co-production or above has applicant commitments, even where no convention can bring them any more. */
    P3(Severity.ERROR, RuleScope.INITIATIVE, "COLIB, IG", 2),
    /** A score is on its criterion's scale. */
    E1(Severity.ERROR, RuleScope.EVALUATION, "model"),
    /** Every criterion of the framework is scored or explicitly not assessed, and only those. */
    E2(Severity.ERROR, RuleScope.EVALUATION, "model"),
    /** An evaluation is not dated before what it evaluates began. */
    E3(Severity.ERROR, RuleScope.EVALUATION, "model"),
    /** An IAP2 promise criterion refers to a level the initiative actually declared. */
    E4(Severity.ERROR, RuleScope.EVALUATION, "IAP2"),
    /** An evaluation checked against an initiative is about that initiative. */
    E5(Severity.ERROR, RuleScope.EVALUATION, "model"),
    /** Evidence that cites a participation activity names an activity of the initiative. */
    E6(Severity.ERROR, RuleScope.EVALUATION, "model", 2),
    /** An operation is allowed only from certain statuses. */
    L1(Severity.ERROR, RuleScope.LIFECYCLE, "model"),
    /** Only certain actors may perform an operation. */
    L2(Severity.ERROR, RuleScope.LIFECYCLE, "model"),
    /** Events are recorded in the order they happen. */
    L3(Severity.ERROR, RuleScope.LIFECYCLE, "model"),
    /** An initiative is suspended only when a commitment is breached. */
    L4(Severity.ERROR, RuleScope.LIFECYCLE, "model"),
    /** An initiative resumes only once no commitment is breached. */
    L5(Severity.ERROR, RuleScope.LIFECYCLE, "model"),
    /** A convention is drafted once the request is accepted and signed once drafted; a signed draft is not replaced. */
    L6(Severity.ERROR, RuleScope.LIFECYCLE, "model"),
    /** A signature is not dated after the moment it is recorded. */
    L7(Severity.ERROR, RuleScope.LIFECYCLE, "model"),
    /** The decision's outcome matches the operation recorded (accept, reject, request rework, adopt, repeal). */
    L8(Severity.ERROR, RuleScope.LIFECYCLE, "model");

    /**
     * The version of this catalogue: the rules whose {@link #since()} is at most this one. It is
     * the format version that came with it; a record says which catalogue judged it
     * ({@code rulesVersion}), so that a rule added later never makes it unreadable.
     */
    public static final int CATALOGUE_VERSION = 2;

    private final Severity severity;
    private final RuleScope scope;
    private final String source;
    private final int since;

    Rule(Severity severity, RuleScope scope, String source) {
        this(severity, scope, source, 1);
    }

    Rule(Severity severity, RuleScope scope, String source, int since) {
        this.severity = severity;
        this.scope = scope;
        this.source = source;
        this.since = since;
    }

    /**
     * Returns the stable id of the rule, such as {@code "R4"}.
     *
     * @return the id, never null
     */
    public String id() {
        return name();
    }

    /**
     * Finds a rule by its id.
     *
     * @param id the id, such as {@code "R4"}, not null
     * @return the rule, or empty if no rule has that id
     * @throws NullPointerException if {@code id} is null
     */
    public static Optional<Rule> byId(String id) {
        Objects.requireNonNull(id, "id");
        for (Rule rule : values()) {
            if (rule.name().equals(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * Lists the rules of a scope, in catalogue order.
     *
     * @param scope the scope, not null
     * @return a new modifiable set, never null
     * @throws NullPointerException if {@code scope} is null
     */
    public static Set<Rule> ofScope(RuleScope scope) {
        Objects.requireNonNull(scope, "scope");
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        for (Rule rule : values()) {
            if (rule.scope == scope) {
                rules.add(rule);
            }
        }
        return rules;
    }

    /**
     * Returns how serious a violation of this rule is.
     *
     * @return the severity, never null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns where the rule is enforced.
     *
     * @return the scope, never null
     */
    public RuleScope scope() {
        return scope;
    }

    /**
     * Returns the format version whose catalogue introduced the rule: 1 for the rules of the
     * first format, 2 for those that came with every kind's own lifecycle (M6–M10, P1–P3, E6).
     * A strict reader does not refuse a document of an older version for breaking a newer rule,
     * so that a stored record never becomes unreadable by an upgrade.
     *
     * @return the version, 1 or more
     */
    public int since() {
        return since;
    }

    /**
     * Returns the source of the rule: keys of the domain brief's sources ({@code "VP-FF, MDF"}), the
     * framework it checks ({@code "IAP2"}), or {@code "model"} for a decision of this library where
     * the public record is silent.
     *
     * @return the source, never blank
     */
    public String source() {
        return source;
    }

    /**
     * Returns the rule's title in the language of a locale.
     *
     * @param locale the reader's locale, not null
     * @return the title, never blank
     * @throws NullPointerException if {@code locale} is null
     */
    public String title(Locale locale) {
        return label(locale);
    }

    /**
     * Returns why the rule exists, in the language of a locale.
     *
     * @param locale the reader's locale, not null
     * @return the rationale, never blank
     * @throws NullPointerException if {@code locale} is null
     */
    public String rationale(Locale locale) {
        return Vocabulary.text("Rule." + name() + ".rationale", Language.of(locale));
    }

    @Override
    public String labelKey() {
        return "Rule." + name() + ".title";
    }
}
