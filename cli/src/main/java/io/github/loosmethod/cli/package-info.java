/**
 * The {@code loos} command line ({@link io.github.loosmethod.cli.Loos}): validate, report,
 * crosswalk, import, export, convert and print the schema of the Loos method's records.
 *
 * <p>Internal: the command line — its commands, options, output and exit codes — is the contract of
 * this artifact, not its Java types. The few public ones ({@code Table}, {@code Problems},
 * {@code IoReasons}, {@code LanguageOption}) are public for the example programs that print as the
 * command does; they may change in any release (see {@code docs/api-stability.md}).
 *
 * <p>Run it as one jar, {@code java -jar loos.jar --help}, built by {@code mvn package} in
 * {@code cli/target/loos.jar}.
 */
package io.github.loosmethod.cli;
