package com.inferencetco.model;

/**
 * An enum constant known outside the code by an id (in the JSON, the store, the
 * assumptions), found again by it.
 */
public interface Identified {

	String id();

	/**
	 * The constant of {@code type} with this id; {@code what} names the kind in the
	 * error.
	 */
	static <E extends Enum<E> & Identified> E byId(Class<E> type, String id, String what) {
		for (E constant : type.getEnumConstants()) {
			if (constant.id().equals(id)) {
				return constant;
			}
		}
		throw new IllegalArgumentException("unknown " + what + " " + id);
	}

}
