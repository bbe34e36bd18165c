package com.inferencetco.job;

import java.io.PrintWriter;

/**
 * Where the job's progress lines go: the command line's error output, handed to the job
 * by the command that starts it (so that a caller capturing the output needs no global
 * stream).
 */
public record ProgressOutput(PrintWriter writer) {
}
