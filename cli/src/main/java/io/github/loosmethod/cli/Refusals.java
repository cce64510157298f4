package io.github.loosmethod.cli;

import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.Loss;
import io.github.loosmethod.interop.LossCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why the records of an import or an export were refused, said on stderr as well as in the loss
 * report (<em>refus</em>): the first {@value #SHOWN} refusals, each as
 * {@code file:line: [target] message}, then how many more the report holds. A person at a
 * terminal sees why at once; the report keeps every one.
 */
final class Refusals {

    /** How many refusals are shown; a file refused row by row would flood the terminal. */
    static final int SHOWN = 20;

    private final LoosCommand command;
    private final String file;
    private final List<String> shown = new ArrayList<>();
    private long more;
    private boolean withoutApplicant;

    /**
     * Starts the refusals of a run.
     *
     * @param command the command, for its language and stderr
     * @param file the input as named on the command line, which the refusals name so that an editor
     *        can open it
     */
    Refusals(LoosCommand command, String file) {
        this.command = command;
        this.file = file;
    }

    /** Notes the refusals of one record, if it was refused. */
    void add(boolean built, List<Loss> losses) {
        if (built) {
            return;
        }
        for (Loss loss : losses) {
            if (loss.category() == LossCategory.REFUSED_RECORD) {
                withoutApplicant |= loss.target().startsWith("/applicants");
                if (shown.size() < SHOWN) {
                    shown.add(line(loss));
                } else {
                    more++;
                }
            }
        }
    }

    private String line(Loss loss) {
        StringBuilder where = new StringBuilder(file);
        loss.source().line().ifPresent(line -> where.append(':').append(line));
        loss.source().pointer().ifPresent(pointer -> where.append(' ').append(pointer));
        loss.column().ifPresent(column -> where.append(" (").append(column).append(')'));
        return where + ": " + loss.message().in(command.locale());
    }

    /** Prints what was noted. */
    void print() {
        shown.forEach(command.err()::println);
        if (more > 0) {
            command.err().println(command.text("… and " + more + " more refusal(s) in the loss report",
                    "… et " + more + " autre(s) refus dans le rapport de pertes"));
        }
    }

    /** Whether a record was refused for want of an applicant, which a stand-in would have carried. */
    boolean withoutApplicant() {
        return withoutApplicant;
    }

    /** The entries of a loss report by category, as {@code 5 dropped, 2 capped_status}; {@code none} when there are none. */
    static String counts(ImportSummary summary) {
        String counts = summary.byCategory().entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> entry.getValue() + " " + entry.getKey().code()).collect(Collectors.joining(", "));
        return counts.isEmpty() ? "0" : counts;
    }
}
