package com.inferencetco.model;

/**
 * A file below the input folder that the run did not read, and why: the reports list it,
 * so nothing disappears without a word.
 *
 * @param file the path relative to the input folder, with '/'
 * @param reason what the file is and why it was not read
 */
public record SkippedInput(String file, String reason) {
}
