package dev.imagegen.generator.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What one run of the command line is asked to do, once {@link GeneratorCommand} has read and checked
 * the arguments: the input folders exist, at least one thing is asked for, and every output lies
 * apart from the other paths.
 *
 * @param specs the specs folder to load
 * @param out the folder the generated sources replace
 * @param openapi the file the OpenAPI document replaces
 * @param wiremock the folder the WireMock stubs replace
 * @param diff the older specs folder to compare {@code specs} with
 * @param check check the specs and render the exports asked for, but write nothing
 */
record CliArguments(
    Path specs,
    Optional<Path> out,
    Optional<Path> openapi,
    Optional<Path> wiremock,
    Optional<Path> diff,
    boolean check) {}
