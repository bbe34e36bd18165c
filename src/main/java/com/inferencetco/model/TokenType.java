package com.inferencetco.model;

/**
 * Token direction. Input totals count uncached, cache-write and cache-read tokens
 * together.
 */
public enum TokenType {

	INPUT, OUTPUT, CACHED_INPUT, CACHE_WRITE

}
