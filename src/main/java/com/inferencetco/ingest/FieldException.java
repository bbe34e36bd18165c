package com.inferencetco.ingest;

/**
 * A value that cannot be read: the row is rejected with this reason, the month goes on.
 */
public class FieldException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String column;

	public FieldException(String column, String reason) {
		super(reason);
		this.column = column;
	}

	public String column() {
		return column;
	}

}
