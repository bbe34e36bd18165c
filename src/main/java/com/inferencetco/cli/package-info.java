/** The command line of ../shared/CONTRACT.md: run, validate, breakeven, and the exit codes. */
package com.inferencetco.cli;
