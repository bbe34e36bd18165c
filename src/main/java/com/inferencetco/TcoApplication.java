package com.inferencetco;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import com.inferencetco.cli.TcoCli;

/**
 * Inference TCO: the month-end job that tells what LLM inference really costs. The
 * command line is parsed first; only {@code run} starts Spring (and the database), so
 * {@code --help}, {@code validate} and {@code breakeven} are instant and touch nothing.
 * The exit code goes back to the shell for cron and CI.
 */
@SpringBootApplication
public class TcoApplication {

	public static void main(String[] args) {
		System.exit(TcoCli.execute(args));
	}

}
