package io.github.loosmethod.towndesk;

import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.COUNCILLOR;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.LOOS_NGOURMA;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.PARENTS;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.PUPILS;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.SCHOOL;
import static io.github.loosmethod.testkit.cases.LoosEnGohelle.at;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Émile-Basly fifty-fifty from its draft to its closing as the desk's calls, in the order the
 * testkit's {@link EmileBaslyPlayground} makes them: the lifecycle tests and the load run replay it.
 */
final class EmileBaslyScript {

    /** One call: the operation's path segment and its body. */
    record Step(String operation, Object body) {
    }

    /** After this many steps the record is {@link EmileBaslyPlayground#underAssessment()}. */
    static final int UNDER_ASSESSMENT = 3;
    /** After this many, {@link EmileBaslyPlayground#agreed()}. */
    static final int AGREED = 10;
    /** After this many, {@link EmileBaslyPlayground#inProgress()}. */
    static final int IN_PROGRESS = 15;
    /** After this many, {@link EmileBaslyPlayground#delivered()}. */
    static final int DELIVERED = 21;

    /** Every step; after the last, the record is {@link EmileBaslyPlayground#closed()}. */
    static final List<Step> STEPS = steps();

    private EmileBaslyScript() {
    }

    static Map<String, Object> move(Actor by, Instant at, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("by", by);
        body.put("at", at.toString());
        body.put("reason", reason);
        return body;
    }

    private static Step step(String operation, Object body) {
        return new Step(operation, body);
    }

    private static Step sign(Side side, Actor signer, int hour, String reason) {
        LocalDate day = EmileBaslyPlayground.CONVENTION_START;
        return step("sign", Map.of("signature", Signature.of(side, signer, day), "at", at(day, hour).toString(), "reason", reason));
    }

    private static Step commitment(String commitmentId, String status, LocalDate on, String reason) {
        return step("record-commitment-status",
                Map.of("commitmentId", commitmentId, "status", status, "on", on.toString(), "reason", reason));
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static List<Step> steps() {
        return List.of(
                step("submit", move(SCHOOL, at(LocalDate.of(2022, 2, 14), 10),
                        "Action plan prepared by the CM2 class during the Tandem Solidaire sessions")),
                step("start-assessment", move(COUNCILLOR, at(LocalDate.of(2022, 2, 16), 9),
                        "Request received by the councillor in charge")),
                step("record-activity", last(EmileBaslyPlayground.underAssessment().activities())),
                step("accept", EmileBaslyPlayground.assessment()),
                step("draft-convention", EmileBaslyPlayground.convention()),
                sign(Side.APPLICANTS, SCHOOL, 10, "The head teacher signs for the school"),
                sign(Side.APPLICANTS, PUPILS, 10, "The pupils sign their convention"),
                sign(Side.APPLICANTS, LOOS_NGOURMA, 11, "The association's president signs"),
                sign(Side.APPLICANTS, PARENTS, 11, "The parents' delegates sign"),
                sign(Side.TOWN, COUNCILLOR, 12, "The councillor signs for the town"),
                commitment("pupils-action-plan", "fulfilled", LocalDate.of(2022, 3, 31), "Action plan presented to the councillor"),
                step("start-work", move(PARENTS, at(LocalDate.of(2022, 4, 11), 8), "Easter holidays: asphalt removal begins")),
                commitment("town-tools", "in_progress", LocalDate.of(2022, 4, 11), "Tools handed over to the parents"),
                commitment("parents-asphalt", "in_progress", LocalDate.of(2022, 4, 11), "Breaking started"),
                step("record-activity", last(EmileBaslyPlayground.inProgress().activities())),
                commitment("parents-asphalt", "fulfilled", LocalDate.of(2022, 4, 23), "Asphalt broken and removed"),
                commitment("town-tools", "fulfilled", LocalDate.of(2022, 4, 25), "Tools returned"),
                commitment("town-technical-support", "fulfilled", LocalDate.of(2022, 4, 25),
                        "Technical services attended the works"),
                commitment("greening-together", "fulfilled", LocalDate.of(2022, 5, 31), "Planting day with pupils and parents"),
                step("record-activity", last(EmileBaslyPlayground.delivered().activities())),
                step("deliver", move(COUNCILLOR, at(LocalDate.of(2022, 6, 3), 17), "Playground greened and opened to pupils")),
                step("start-stewardship", move(SCHOOL, at(LocalDate.of(2022, 6, 3), 18),
                        "The school takes over watering and upkeep")),
                commitment("school-upkeep", "in_progress", LocalDate.of(2022, 6, 3), "Watering rota set up with the pupils"),
                commitment("school-upkeep", "fulfilled", EmileBaslyPlayground.CONVENTION_END,
                        "Plantings looked after until the convention's end"),
                step("close", move(COUNCILLOR, at(LocalDate.of(2023, 7, 3), 10), "Convention ended; playground kept green")));
    }
}
