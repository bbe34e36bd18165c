package com.inferencetco;

/**
 * A failure the user can act on, with the exit code the contract gives it. The message
 * names the file (and line and column where there is one) and says what was expected.
 */
public class TcoException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	public TcoException(int exitCode, String message) {
		super(printable(message));
		this.exitCode = exitCode;
	}

	public TcoException(int exitCode, String message, Throwable cause) {
		super(printable(message), cause);
		this.exitCode = exitCode;
	}

	/**
	 * Messages quote input text, which may hold NUL and other control characters (a
	 * UTF-16 file read as UTF-8): they would garble terminals, and PostgreSQL refuses NUL
	 * in the job repository's exit message.
	 */
	static String printable(String message) {
		if (message == null) {
			return null;
		}
		StringBuilder clean = new StringBuilder(message.length());
		message.codePoints()
			.forEach(c -> clean.appendCodePoint(c == '\n' || c == '\t' || !Character.isISOControl(c) ? c : '?'));
		return clean.toString();
	}

	public int exitCode() {
		return exitCode;
	}

	/** Exit 2: a wrong option, a missing folder or file, invalid assumptions. */
	public static TcoException usage(String message) {
		return new TcoException(ExitCode.USAGE, message);
	}

	/** Exit 3: the input cannot be reported on as it is. */
	public static TcoException inputRejected(String message) {
		return new TcoException(ExitCode.INPUT_REJECTED, message);
	}

	public static TcoException inputRejected(String message, Throwable cause) {
		return new TcoException(ExitCode.INPUT_REJECTED, message, cause);
	}

	/**
	 * Finds the first TcoException in a cause chain, so a failure deep in a batch step
	 * keeps its exit code.
	 */
	public static TcoException find(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof TcoException tco) {
				return tco;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return null;
	}

}
