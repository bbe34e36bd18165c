/** The command line of the contract: run, validate, breakeven, and the exit codes. */
package com.inferencetco.cli;
